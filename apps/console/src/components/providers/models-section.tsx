import { Plus, Trash2 } from 'lucide-react';
import { PROTOCOL_IDS, REDIRECT_MATCHES, type RedirectMatch } from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { Textarea } from '../ui/textarea';
import { FormSection, type SectionProps } from './form-controls';
import { newRowId, type ProviderFormValues, type RedirectRow } from './provider-form';
import { NATIVE_PROTOCOL_OF, PROTOCOL_LABELS } from './provider-type-labels';
import { cn } from '../ui/cn';

type ListField = 'allowedModels' | 'allowedClients' | 'blockedClients';

/** Which models and clients the provider serves, and how model names are rewritten. */
export function ModelsSection({ section }: { section: SectionProps }) {
  const t = useT();
  const { values, set } = section;
  const listField = (field: ListField, id: string, label: string, hint: string) => (
    <Field label={label} htmlFor={id} hint={hint}>
      <Textarea
        id={id}
        rows={2}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        aria-describedby={`${id}-hint`}
      />
    </Field>
  );
  const toggleFormat = (format: ProviderFormValues['acceptedFormats'][number], on: boolean) =>
    set(
      'acceptedFormats',
      on ? [...values.acceptedFormats, format] : values.acceptedFormats.filter((f) => f !== format),
    );
  const native = NATIVE_PROTOCOL_OF[values.type];
  const converted = values.acceptedFormats.filter((format) => format !== native);
  return (
    <FormSection title={t('page.providers.section.models')}>
      <div className="sm:col-span-2">
        {listField(
          'allowedModels',
          'provider-allowed-models',
          t('page.providers.field.allowedModels'),
          t('page.providers.hint.allowedModels'),
        )}
      </div>
      <div className="sm:col-span-2">
        <RedirectsEditor section={section} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {t('page.providers.field.acceptedFormats')}
        </legend>
        <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
          {t('page.providers.hint.acceptedFormats')}{' '}
          {t('page.providers.conversion.native', { protocol: PROTOCOL_LABELS[native] })}
        </p>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {PROTOCOL_IDS.filter((format) => format !== native).map((format) => (
            <label key={format} className="inline-flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
              <input
                type="checkbox"
                className={cn(
                  'size-4 rounded border-zinc-300 accent-accent-600 focus-visible:outline-2',
                  'focus-visible:outline-accent-500',
                )}
                checked={values.acceptedFormats.includes(format)}
                onChange={(e) => toggleFormat(format, e.target.checked)}
              />
              {PROTOCOL_LABELS[format]}
            </label>
          ))}
        </div>
        {converted.length > 0 && (
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-300" data-testid="conversion-explanation">
            {t('page.providers.conversion.active', {
              formats: converted.map((format) => PROTOCOL_LABELS[format]).join(', '),
              protocol: PROTOCOL_LABELS[native],
            })}
          </p>
        )}
      </fieldset>
      {listField(
        'allowedClients',
        'provider-allowed-clients',
        t('page.providers.field.allowedClients'),
        t('page.providers.hint.allowedClients'),
      )}
      {listField(
        'blockedClients',
        'provider-blocked-clients',
        t('page.providers.field.blockedClients'),
        t('page.providers.hint.blockedClients'),
      )}
    </FormSection>
  );
}

/** from → to rules: one row per redirect, each with its match kind. */
function RedirectsEditor({ section }: { section: SectionProps }) {
  const t = useT();
  const { values, set, errors, touch } = section;
  const rows = values.modelRedirects;
  const update = (rowId: number, patch: Partial<RedirectRow>) =>
    set(
      'modelRedirects',
      rows.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r)),
    );
  const isMatch = (v: string): v is RedirectMatch => (REDIRECT_MATCHES as readonly string[]).includes(v);
  const matchOptions = REDIRECT_MATCHES.map((value) => ({ value, label: t(`page.providers.redirect.match.${value}`) }));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {t('page.providers.field.modelRedirects')}
      </legend>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">{t('page.providers.hint.modelRedirects')}</p>
      {rows.length === 0 && (
        <p className="mb-2 text-sm text-zinc-500 dark:text-zinc-400">{t('page.providers.redirect.none')}</p>
      )}
      <ul className="flex flex-col gap-3">
        {rows.map((row, i) => {
          const n = i + 1;
          const patternError = errors[`modelRedirects.${i}.pattern`];
          const targetError = errors[`modelRedirects.${i}.target`];
          const patternId = `redirect-${row.rowId}-pattern`;
          const targetId = `redirect-${row.rowId}-target`;
          return (
            <li
              key={row.rowId}
              className={cn(
                'grid gap-2 rounded-lg border border-zinc-200 p-3',
                'sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-start dark:border-zinc-800',
              )}
            >
              <Select
                value={row.match}
                onValueChange={(v) => isMatch(v) && update(row.rowId, { match: v })}
                options={matchOptions}
                aria-label={t('page.providers.redirect.matchLabel', { n })}
              />
              <div>
                <Input
                  id={patternId}
                  value={row.pattern}
                  placeholder={t('page.providers.redirect.from')}
                  aria-label={t('page.providers.redirect.fromLabel', { n })}
                  invalid={patternError !== undefined}
                  aria-describedby={fieldDescribedBy(patternId, { error: patternError })}
                  onChange={(e) => update(row.rowId, { pattern: e.target.value })}
                  onBlur={() => touch(`modelRedirects.${i}.pattern`)}
                />
                {patternError && (
                  <p
                    id={`${patternId}-error`}
                    role="alert"
                    className="mt-1 text-xs font-medium text-red-600 dark:text-red-400"
                  >
                    {patternError}
                  </p>
                )}
              </div>
              <div>
                <Input
                  id={targetId}
                  value={row.target}
                  placeholder={t('page.providers.redirect.to')}
                  aria-label={t('page.providers.redirect.toLabel', { n })}
                  invalid={targetError !== undefined}
                  aria-describedby={fieldDescribedBy(targetId, { error: targetError })}
                  onChange={(e) => update(row.rowId, { target: e.target.value })}
                  onBlur={() => touch(`modelRedirects.${i}.target`)}
                />
                {targetError && (
                  <p
                    id={`${targetId}-error`}
                    role="alert"
                    className="mt-1 text-xs font-medium text-red-600 dark:text-red-400"
                  >
                    {targetError}
                  </p>
                )}
              </div>
              <Button
                variant="ghost"
                size="icon"
                aria-label={t('page.providers.redirect.remove', { n })}
                onClick={() =>
                  set(
                    'modelRedirects',
                    rows.filter((r) => r.rowId !== row.rowId),
                  )
                }
              >
                <Trash2 aria-hidden />
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        size="sm"
        className="mt-3"
        onClick={() => set('modelRedirects', [...rows, { rowId: newRowId(), match: 'exact', pattern: '', target: '' }])}
      >
        <Plus aria-hidden />
        {t('page.providers.redirect.add')}
      </Button>
    </fieldset>
  );
}
