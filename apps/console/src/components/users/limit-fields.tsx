import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { useT } from '../../i18n/use-t';
import { LIMIT_ERROR, LIMIT_LABEL } from './limit-labels';
import { COUNT_LIMITS, type LimitsErrors, type LimitsFormValues, USD_LIMITS } from './limits-form';

interface LimitFieldsProps {
  /** Prefix for the input ids, unique per form. */
  idPrefix: string;
  values: LimitsFormValues;
  /** Only the errors that should be visible now. */
  errors: LimitsErrors;
  onChange: (values: LimitsFormValues) => void;
  onBlur: (field: keyof LimitsFormValues) => void;
}

/** The count and USD limits, in display order, each with the keyboard that suits it. */
const AMOUNT_INPUTS = [
  ...COUNT_LIMITS.map((field) => ({ field, inputMode: 'numeric' as const })),
  ...USD_LIMITS.map((field) => ({ field, inputMode: 'decimal' as const })),
];

/** Every limit the API accepts: counts, USD windows and how the 5-hour and daily windows reset. */
export function LimitFields({ idPrefix, values, errors, onChange, onBlur }: LimitFieldsProps) {
  const t = useT();
  const set = <K extends keyof LimitsFormValues>(field: K, value: LimitsFormValues[K]) =>
    onChange({ ...values, [field]: value });
  const id = (field: keyof LimitsFormValues) => `${idPrefix}-${field}`;
  const error = (field: keyof LimitsFormValues) => {
    const code = errors[field];
    return code ? t(LIMIT_ERROR[code]) : undefined;
  };

  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">{t('page.users.form.limits')}</legend>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('page.users.form.limitsHint')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {AMOUNT_INPUTS.map(({ field, inputMode }) => (
          <Field key={field} label={t(LIMIT_LABEL[field])} htmlFor={id(field)} error={error(field)}>
            <Input
              id={id(field)}
              inputMode={inputMode}
              placeholder={t('page.users.form.unlimited')}
              value={values[field]}
              invalid={errors[field] !== undefined}
              aria-describedby={fieldDescribedBy(id(field), { error: errors[field] })}
              onChange={(e) => set(field, e.target.value)}
              onBlur={() => onBlur(field)}
            />
          </Field>
        ))}
        <Field
          label={t('page.users.form.fiveHourMode')}
          htmlFor={id('fiveHourMode')}
          hint={t('page.users.form.fiveHourModeHint')}
        >
          <Select
            id={id('fiveHourMode')}
            aria-describedby={`${id('fiveHourMode')}-hint`}
            value={values.fiveHourMode}
            onValueChange={(value) => set('fiveHourMode', value === 'fixed' ? 'fixed' : 'rolling')}
            options={[
              { value: 'rolling', label: t('page.users.mode.rolling') },
              { value: 'fixed', label: t('page.users.mode.fixed') },
            ]}
          />
        </Field>
        <Field
          label={t('page.users.form.dailyMode')}
          htmlFor={id('dailyMode')}
          hint={t('page.users.form.dailyModeHint')}
        >
          <Select
            id={id('dailyMode')}
            aria-describedby={`${id('dailyMode')}-hint`}
            value={values.dailyMode}
            onValueChange={(value) => set('dailyMode', value === 'rolling' ? 'rolling' : 'fixed')}
            options={[
              { value: 'fixed', label: t('page.users.mode.fixedDaily') },
              { value: 'rolling', label: t('page.users.mode.rolling24h') },
            ]}
          />
        </Field>
        <Field
          label={t('page.users.form.dailyResetTime')}
          htmlFor={id('dailyResetTime')}
          hint={t('page.users.form.dailyResetTimeHint')}
          error={error('dailyResetTime')}
        >
          <Input
            id={id('dailyResetTime')}
            type="time"
            value={values.dailyResetTime}
            disabled={values.dailyMode === 'rolling'}
            aria-describedby={fieldDescribedBy(id('dailyResetTime'), { hint: true, error: errors.dailyResetTime })}
            invalid={errors.dailyResetTime !== undefined}
            onChange={(e) => set('dailyResetTime', e.target.value)}
            onBlur={() => onBlur('dailyResetTime')}
          />
        </Field>
      </div>
    </fieldset>
  );
}
