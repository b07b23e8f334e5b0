import { AlertCircle } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type ModelPrice, useSavePriceMutation } from '../../api/prices';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogFooter } from '../ui/dialog';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { useToast } from '../ui/toast';
import {
  emptyPriceForm,
  PRICE_FIELDS,
  type PriceFieldName,
  type PriceFormErrors,
  type PriceFormValues,
  priceFormFrom,
  toPriceBody,
  validatePriceForm,
} from './price-form';
import { sourceLabelKey } from './price-source-badge';
import { cn } from '../ui/cn';

interface PriceFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit (override) this price; add a new manual price when absent. */
  price?: ModelPrice | undefined;
  /** Every known price, to say when a new model name overrides an existing one. */
  existing?: readonly ModelPrice[];
}

const GROUPS: { title: MessageKey; hint?: MessageKey; fields: PriceFieldName[] }[] = [
  { title: 'page.prices.form.basic', fields: ['input', 'output', 'cacheWrite5m', 'cacheWrite1h', 'cacheRead'] },
  {
    title: 'page.prices.form.tier',
    hint: 'page.prices.form.tierHint',
    fields: ['input200k', 'output200k', 'cacheWrite5m200k', 'cacheWrite1h200k', 'cacheRead200k'],
  },
  { title: 'page.prices.form.other', fields: ['perRequest'] },
];

const REQUIRED = new Set<string>(PRICE_FIELDS.filter((f) => f.required).map((f) => f.name));

export function PriceFormDialog({ open, onOpenChange, price, existing = [] }: PriceFormDialogProps) {
  const t = useT();
  const { toast } = useToast();
  const save = useSavePriceMutation();
  const [values, setValues] = useState<PriceFormValues>(() => (price ? priceFormFrom(price) : emptyPriceForm()));
  const [submitted, setSubmitted] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens or targets another record
  useEffect(() => {
    if (!open) return;
    setValues(price ? priceFormFrom(price) : emptyPriceForm());
    setSubmitted(false);
    save.reset();
    // Only when the dialog opens or targets another model, not on every render.
  }, [open, price?.model]);

  const errors: PriceFormErrors = submitted ? validatePriceForm(values) : {};
  const errorText = (name: keyof PriceFormErrors) => {
    const error = errors[name];
    return error === undefined
      ? undefined
      : t(error === 'required' ? 'page.prices.form.required' : 'page.prices.form.invalid');
  };
  const modelName = values.model.trim();
  const overridden = price ?? existing.find((p) => p.model === modelName);
  const overrideHint =
    overridden && overridden.source !== 'manual'
      ? t('page.prices.form.overrideHint', { source: t(sourceLabelKey(overridden.source)).toLowerCase() })
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const invalid = Object.keys(validatePriceForm(values));
    if (invalid.length > 0) {
      // Fields are in display order: model first, then PRICE_FIELDS.
      const first = ['model', ...PRICE_FIELDS.map((f) => f.name)].find((name) => invalid.includes(name));
      if (first) document.getElementById(`price-${first}`)?.focus();
      return;
    }
    save.mutate(
      { model: modelName, prices: toPriceBody(values, overridden) },
      {
        onSuccess: () => {
          toast({ title: t('page.prices.form.saved', { model: modelName }), tone: 'success' });
          onOpenChange(false);
        },
      },
    );
  };

  const modelHint = [t('page.prices.form.modelHint'), overrideHint].filter(Boolean).join(' ');
  const saveError = save.error;

  return (
    <Dialog open={open} onOpenChange={(next) => !save.isPending && onOpenChange(next)}>
      <DialogContent
        title={price ? t('page.prices.form.editTitle') : t('page.prices.form.createTitle')}
        description={t('page.prices.form.description')}
        className="max-w-2xl"
      >
        <form noValidate onSubmit={submit} className="flex flex-col gap-5">
          <Field
            label={`${t('page.prices.form.model')} *`}
            htmlFor="price-model"
            hint={modelHint}
            error={errorText('model')}
          >
            <Input
              id="price-model"
              value={values.model}
              readOnly={price !== undefined}
              autoComplete="off"
              spellCheck={false}
              invalid={errors.model !== undefined}
              aria-describedby={fieldDescribedBy('price-model', { hint: modelHint, error: errors.model })}
              onChange={(e) => setValues({ ...values, model: e.target.value })}
              className="font-mono"
            />
          </Field>
          {GROUPS.map((group) => (
            <fieldset key={group.title} className="flex flex-col gap-3">
              <legend className="mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-50">{t(group.title)}</legend>
              {group.hint && <p className="text-xs text-zinc-500 dark:text-zinc-400">{t(group.hint)}</p>}
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                {group.fields.map((name) => {
                  const id = `price-${name}`;
                  const hint = name === 'perRequest' ? undefined : t('page.prices.form.perMillion');
                  const error = errorText(name);
                  const label = t(`page.prices.form.field.${name}`) + (REQUIRED.has(name) ? ' *' : '');
                  return (
                    <Field key={name} label={label} htmlFor={id} hint={hint} error={error}>
                      <Input
                        id={id}
                        inputMode="decimal"
                        autoComplete="off"
                        value={values[name]}
                        required={REQUIRED.has(name)}
                        invalid={error !== undefined}
                        aria-describedby={fieldDescribedBy(id, { hint, error })}
                        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
                      />
                    </Field>
                  );
                })}
              </div>
            </fieldset>
          ))}
          {saveError && (
            <div
              role="alert"
              className={cn(
                'flex gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800',
                'dark:border-red-900 dark:bg-red-950 dark:text-red-200',
              )}
            >
              <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
              <div className="min-w-0">
                <p className="font-medium">{t('page.prices.form.saveFailed')}</p>
                <p className="break-words">
                  {isApiError(saveError) ? (saveError.detail ?? saveError.title) : saveError.message}
                </p>
              </div>
            </div>
          )}
          <DialogFooter className="mt-1">
            <Button variant="secondary" disabled={save.isPending} onClick={() => onOpenChange(false)}>
              {t('page.prices.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('page.prices.form.save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
