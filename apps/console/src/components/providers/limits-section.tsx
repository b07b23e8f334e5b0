import { useT } from '../../i18n/use-t';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { FormSection, type SectionProps, TextField } from './form-controls';
import { USD_LIMITS, type UsdLimit } from './provider-form';

const USD_LABELS = {
  usd5h: 'page.providers.field.usd5h',
  usdDaily: 'page.providers.field.usdDaily',
  usdWeekly: 'page.providers.field.usdWeekly',
  usdMonthly: 'page.providers.field.usdMonthly',
  usdTotal: 'page.providers.field.usdTotal',
} as const satisfies Record<UsdLimit, string>;

/** The provider's own RPM, session and spend limits (empty = no limit). */
export function LimitsSection({ section }: { section: SectionProps }) {
  const t = useT();
  const { values, set } = section;
  return (
    <FormSection title={t('page.providers.section.limits')} description={t('page.providers.hint.limits')}>
      <TextField
        id="provider-rpm"
        field="rpm"
        label={t('page.providers.field.rpm')}
        inputMode="numeric"
        placeholder={t('page.providers.noLimit')}
        value={values.rpm}
        onValue={(v) => set('rpm', v)}
        section={section}
      />
      <TextField
        id="provider-concurrent-sessions"
        field="concurrentSessions"
        label={t('page.providers.field.concurrentSessions')}
        inputMode="numeric"
        placeholder={t('page.providers.noLimit')}
        value={values.concurrentSessions}
        onValue={(v) => set('concurrentSessions', v)}
        section={section}
      />
      {USD_LIMITS.map((field) => (
        <TextField
          key={field}
          id={`provider-${field}`}
          field={field}
          label={t(USD_LABELS[field])}
          inputMode="decimal"
          placeholder={t('page.providers.noLimit')}
          value={values[field]}
          onValue={(v) => set(field, v)}
          section={section}
        />
      ))}
      <Field label={t('page.providers.field.fiveHourMode')} htmlFor="provider-five-hour-mode">
        <Select
          id="provider-five-hour-mode"
          value={values.fiveHourMode}
          onValueChange={(v) => (v === 'rolling' || v === 'fixed') && set('fiveHourMode', v)}
          options={[
            { value: 'rolling', label: t('page.providers.mode.rolling') },
            { value: 'fixed', label: t('page.providers.mode.fixed') },
          ]}
        />
      </Field>
      <Field label={t('page.providers.field.dailyMode')} htmlFor="provider-daily-mode">
        <Select
          id="provider-daily-mode"
          value={values.dailyMode}
          onValueChange={(v) => (v === 'rolling' || v === 'fixed') && set('dailyMode', v)}
          options={[
            { value: 'fixed', label: t('page.providers.mode.fixedDaily') },
            { value: 'rolling', label: t('page.providers.mode.rolling24h') },
          ]}
        />
      </Field>
      {values.dailyMode === 'fixed' && (
        <TextField
          id="provider-daily-reset-time"
          field="dailyResetTime"
          type="time"
          label={t('page.providers.field.dailyResetTime')}
          value={values.dailyResetTime}
          onValue={(v) => set('dailyResetTime', v)}
          section={section}
        />
      )}
    </FormSection>
  );
}
