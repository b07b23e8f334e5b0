import { AlertCircle, Plus, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type Settings, useSaveSettingsMutation } from '../../api/settings';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { Textarea } from '../ui/textarea';
import { useToast } from '../ui/toast';
import {
  type CustomError,
  hasSettingsErrors,
  type SettingsFormValues,
  settingsFormFrom,
  settingsPatch,
  validateSettingsForm,
} from './settings-values';
import { cn } from '../ui/cn';

const KEY_ERRORS: Record<NonNullable<CustomError['key']>, MessageKey> = {
  required: 'page.settings.custom.keyRequired',
  duplicate: 'page.settings.custom.keyDuplicate',
  reserved: 'page.settings.custom.keyReserved',
  tooLong: 'page.settings.custom.keyTooLong',
};

let nextRowId = 0;

/** The editable settings; `stored` is what the API returned (the form restarts from it after a save). */
export function SettingsForm({ stored }: { stored: Settings }) {
  const t = useT();
  const { toast } = useToast();
  const save = useSaveSettingsMutation();
  const [values, setValues] = useState<SettingsFormValues>(() => settingsFormFrom(stored));
  const [submitted, setSubmitted] = useState(false);

  const allErrors = validateSettingsForm(values);
  const errors = submitted ? allErrors : { custom: {} };
  const patch = settingsPatch(values, stored);
  const dirty = Object.keys(patch).length > 0 || values.custom.some((row) => row.isNew);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (hasSettingsErrors(allErrors)) return;
    save.mutate(patch, {
      onSuccess: (saved) => {
        setValues(settingsFormFrom(saved));
        setSubmitted(false);
        toast({ title: t('page.settings.saved'), description: t('page.settings.savedDescription'), tone: 'success' });
      },
      onError: (error) =>
        toast({
          title: t('page.settings.saveFailed'),
          description: isApiError(error) ? (error.detail ?? error.title) : error.message,
          tone: 'error',
        }),
    });
  };

  const reset = () => {
    setValues(settingsFormFrom(stored));
    setSubmitted(false);
    save.reset();
  };

  const updateRow = (id: string, change: { key?: string; text?: string }) =>
    setValues({ ...values, custom: values.custom.map((row) => (row.id === id ? { ...row, ...change } : row)) });

  const reserveError = errors.reserveUsd ? t('page.settings.reserve.invalid') : undefined;
  const reserveHint = t('page.settings.reserve.hint');

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6">
      <Card title={t('page.settings.reserve.title')} description={t('page.settings.reserve.description')}>
        <Field
          label={t('page.settings.reserve.label')}
          htmlFor="setting-reserve-usd"
          hint={reserveHint}
          error={reserveError}
        >
          <Input
            id="setting-reserve-usd"
            inputMode="decimal"
            autoComplete="off"
            className="sm:max-w-xs"
            placeholder={t('page.settings.reserve.placeholder')}
            value={values.reserveUsd}
            invalid={reserveError !== undefined}
            aria-describedby={fieldDescribedBy('setting-reserve-usd', { hint: reserveHint, error: reserveError })}
            onChange={(e) => setValues({ ...values, reserveUsd: e.target.value })}
          />
        </Field>
      </Card>

      <Card
        title={t('page.settings.custom.title')}
        description={t('page.settings.custom.description')}
        actions={
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              setValues({
                ...values,
                custom: [...values.custom, { id: `new:${nextRowId++}`, key: '', text: '""', isNew: true }],
              })
            }
          >
            <Plus aria-hidden />
            {t('page.settings.custom.add')}
          </Button>
        }
      >
        {values.custom.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{t('page.settings.custom.empty')}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {values.custom.map((row) => {
              const rowErrors = errors.custom[row.id] ?? {};
              const keyId = `setting-key-${row.id}`;
              const valueId = `setting-value-${row.id}`;
              const keyError = rowErrors.key ? t(KEY_ERRORS[rowErrors.key]) : undefined;
              const valueError = rowErrors.value ? t('page.settings.custom.jsonInvalid') : undefined;
              const name = row.key.trim();
              return (
                <li
                  key={row.id}
                  className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
                >
                  {row.isNew ? (
                    <div className="flex items-end gap-2">
                      <Field label={t('page.settings.custom.key')} htmlFor={keyId} error={keyError} className="flex-1">
                        <Input
                          id={keyId}
                          value={row.key}
                          autoComplete="off"
                          spellCheck={false}
                          className="font-mono"
                          invalid={keyError !== undefined}
                          aria-describedby={fieldDescribedBy(keyId, { error: keyError })}
                          onChange={(e) => updateRow(row.id, { key: e.target.value })}
                        />
                      </Field>
                      <Button
                        variant="ghost"
                        size="icon"
                        className={keyError ? 'mb-6' : undefined}
                        aria-label={t('page.settings.custom.remove', { key: name })}
                        onClick={() => setValues({ ...values, custom: values.custom.filter((r) => r.id !== row.id) })}
                      >
                        <X aria-hidden />
                      </Button>
                    </div>
                  ) : null}
                  <Field
                    label={row.isNew ? t('page.settings.custom.value') : <span className="font-mono">{row.key}</span>}
                    htmlFor={valueId}
                    error={valueError}
                  >
                    <Textarea
                      id={valueId}
                      value={row.text}
                      rows={Math.min(8, Math.max(2, row.text.split('\n').length))}
                      spellCheck={false}
                      className="font-mono text-xs"
                      invalid={valueError !== undefined}
                      aria-label={row.isNew ? undefined : t('page.settings.custom.valueOf', { key: row.key })}
                      aria-describedby={fieldDescribedBy(valueId, { error: valueError })}
                      onChange={(e) => updateRow(row.id, { text: e.target.value })}
                    />
                  </Field>
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <div
        className={cn(
          'sticky bottom-0 -mx-1 flex flex-col gap-3 bg-zinc-50/90 px-1 py-3 backdrop-blur',
          'sm:flex-row sm:items-center sm:justify-end dark:bg-zinc-950/90',
        )}
      >
        {submitted && hasSettingsErrors(allErrors) && (
          <p role="alert" className="flex items-center gap-2 text-sm text-red-600 sm:mr-auto dark:text-red-400">
            <AlertCircle className="size-4 shrink-0" aria-hidden />
            {t('page.settings.fixErrors')}
          </p>
        )}
        <Button variant="secondary" disabled={!dirty || save.isPending} onClick={reset}>
          {t('page.settings.reset')}
        </Button>
        <Button type="submit" disabled={!dirty} loading={save.isPending}>
          {t('page.settings.save')}
        </Button>
      </div>
    </form>
  );
}
