import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { FormSection, type SectionProps, SwitchField, TextField } from './form-controls';
import type { ProviderFormValues } from './provider-form';

type MsField = 'connectMs' | 'firstByteMs' | 'streamIdleMs' | 'totalMs' | 'hedgeAfterMs' | 'openDurationMs';

/** "= 30 min" under a millisecond box, so 1800000 is readable. */
function useDurationHint() {
  const t = useT();
  const format = useFormat();
  return (ms: string) => {
    const n = Number(ms);
    if (ms.trim() === '' || !Number.isFinite(n) || n <= 0) return undefined;
    if (n < 1000) return t('page.providers.duration.ms', { value: format.number(n) });
    if (n < 60_000)
      return t('page.providers.duration.seconds', { value: format.number(n / 1000, { maximumFractionDigits: 1 }) });
    return t('page.providers.duration.minutes', { value: format.number(n / 60_000, { maximumFractionDigits: 1 }) });
  };
}

/** Timeouts, retries, circuit breaker and concurrency. */
export function ResilienceSection({ section }: { section: SectionProps }) {
  const t = useT();
  const duration = useDurationHint();
  const { values, set } = section;
  const ms = (field: MsField, id: string, label: string, extraHint?: string) => {
    const readable = duration(values[field]);
    const hint = [extraHint, readable].filter(Boolean).join(' · ');
    return (
      <TextField
        id={id}
        field={field}
        label={label}
        hint={hint}
        inputMode="numeric"
        value={values[field]}
        onValue={(v) => set(field, v)}
        section={section}
      />
    );
  };
  const int = (
    field: keyof Pick<
      ProviderFormValues,
      'retryBudget' | 'failureThreshold' | 'halfOpenSuccesses' | 'concurrencyLimit'
    >,
    id: string,
    label: string,
    hint: string,
  ) => (
    <TextField
      id={id}
      field={field}
      label={label}
      hint={hint}
      inputMode="numeric"
      placeholder={field === 'concurrencyLimit' ? t('page.providers.noLimit') : undefined}
      value={values[field]}
      onValue={(v) => set(field, v)}
      section={section}
    />
  );
  return (
    <>
      <FormSection title={t('page.providers.section.timeouts')} description={t('page.providers.hint.timeouts')}>
        {ms('connectMs', 'provider-connect-ms', t('page.providers.field.connectMs'))}
        {ms(
          'firstByteMs',
          'provider-first-byte-ms',
          t('page.providers.field.firstByteMs'),
          t('page.providers.hint.streamsOnly'),
        )}
        {ms(
          'streamIdleMs',
          'provider-stream-idle-ms',
          t('page.providers.field.streamIdleMs'),
          t('page.providers.hint.streamsOnly'),
        )}
        {ms('totalMs', 'provider-total-ms', t('page.providers.field.totalMs'), t('page.providers.hint.nonStreamsOnly'))}
        {ms(
          'hedgeAfterMs',
          'provider-hedge-after-ms',
          t('page.providers.field.hedgeAfterMs'),
          t('page.providers.hint.hedgeAfterMs'),
        )}
        {int(
          'retryBudget',
          'provider-retry-budget',
          t('page.providers.field.retryBudget'),
          t('page.providers.hint.retryBudget'),
        )}
        {int(
          'concurrencyLimit',
          'provider-concurrency-limit',
          t('page.providers.field.concurrencyLimit'),
          t('page.providers.hint.concurrencyLimit'),
        )}
      </FormSection>
      <FormSection title={t('page.providers.section.breaker')} description={t('page.providers.hint.breaker')}>
        {int(
          'failureThreshold',
          'provider-failure-threshold',
          t('page.providers.field.failureThreshold'),
          t('page.providers.hint.failureThreshold'),
        )}
        {ms('openDurationMs', 'provider-open-duration-ms', t('page.providers.field.openDurationMs'))}
        {int(
          'halfOpenSuccesses',
          'provider-half-open-successes',
          t('page.providers.field.halfOpenSuccesses'),
          t('page.providers.hint.halfOpenSuccesses'),
        )}
        <div className="sm:col-span-2">
          <SwitchField
            id="provider-count-network-errors"
            label={t('page.providers.field.countNetworkErrors')}
            hint={t('page.providers.hint.countNetworkErrors')}
            checked={values.countNetworkErrors}
            onChange={(v) => set('countNetworkErrors', v)}
          />
        </div>
      </FormSection>
    </>
  );
}
