import { useQuery } from '@tanstack/react-query';
import { RotateCcw } from 'lucide-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../../api/api-error';
import {
  environmentQueryOptions,
  type RuntimeSettingName,
  type RuntimeSettingsView,
  runtimeSettingsQueryOptions,
  useSaveRuntimeSettingsMutation,
} from '../../api/settings';
import type { MessageKey } from '../../i18n/en';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { cn } from '../ui/cn';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { QueryState } from '../ui/query-state';
import { Select } from '../ui/select';
import { Switch } from '../ui/switch';
import { useToast } from '../ui/toast';
import { type RuntimeSettingsForm, runtimeFormFrom, runtimeSettingsPatch } from './runtime-settings-values';

const LABELS: Record<RuntimeSettingName, MessageKey> = {
  timeZone: 'page.settings.env.timeZone',
  billedModel: 'page.settings.env.billedModel',
  interceptWarmup: 'page.settings.env.interceptWarmup',
  logRetentionDays: 'page.settings.runtime.logRetentionDays',
  storeBodies: 'page.settings.env.storeBodies',
  bodyRetentionDays: 'page.settings.runtime.bodyRetentionDays',
  sessionTtlSeconds: 'page.settings.runtime.sessionTtlSeconds',
  maxProvidersPerRequest: 'page.settings.env.maxProviders',
  displayCurrency: 'page.settings.runtime.displayCurrency',
  usdExchangeRate: 'page.settings.runtime.usdExchangeRate',
  siteTitle: 'page.settings.runtime.siteTitle',
};

const SOURCE_LABELS = {
  database: 'page.settings.runtime.source.database',
  environment: 'page.settings.runtime.source.environment',
  default: 'page.settings.runtime.source.default',
} as const satisfies Record<RuntimeSettingsView['sources'][RuntimeSettingName], MessageKey>;

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

function RuntimeSettingsFormView({ view }: { view: RuntimeSettingsView }) {
  const t = useT();
  const { toast } = useToast();
  const save = useSaveRuntimeSettingsMutation();
  const [form, setForm] = useState<RuntimeSettingsForm>(() => runtimeFormFrom(view.values));
  const [submitted, setSubmitted] = useState(false);
  const { patch, errors } = runtimeSettingsPatch(form, view.values);
  const invalid = Object.keys(errors).length > 0;
  const dirty = Object.keys(patch).length > 0 || invalid;
  const environment = useQuery(environmentQueryOptions());
  const format = useFormat();
  const capBytes = environment.data?.bodyStoreMaxBytes;
  const bodyCap =
    capBytes === undefined
      ? 'BODY_STORE_MAX_BYTES'
      : format.number(capBytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const set = <K extends RuntimeSettingName>(name: K, value: RuntimeSettingsForm[K]) =>
    setForm((current) => ({ ...current, [name]: value }));

  const send = (body: Parameters<typeof save.mutate>[0]) =>
    save.mutate(body, {
      onSuccess: (saved) => {
        setForm(runtimeFormFrom(saved.values));
        setSubmitted(false);
        toast({ title: t('page.settings.saved'), description: t('page.settings.runtime.applied'), tone: 'success' });
      },
      onError: (error) =>
        toast({
          title: t('page.settings.saveFailed'),
          description: isApiError(error) ? (error.detail ?? error.title) : error.message,
          tone: 'error',
        }),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!invalid && dirty) send(patch);
  };

  const row = (name: RuntimeSettingName, control: ReactNode, hint?: ReactNode) => {
    const source = view.sources[name];
    const fallback = view.fallbacks[name];
    return (
      <Field
        key={name}
        htmlFor={`runtime-${name}`}
        label={
          <span className="flex flex-wrap items-center gap-2">
            {t(LABELS[name])}
            <Badge tone={source === 'database' ? 'accent' : 'neutral'}>{t(SOURCE_LABELS[source])}</Badge>
            {source === 'database' && (
              <button
                type="button"
                className={cn(
                  'inline-flex items-center gap-1 text-xs text-zinc-500',
                  'hover:text-zinc-800 dark:hover:text-zinc-200',
                )}
                onClick={() => send({ [name]: null })}
                title={t('page.settings.runtime.resetHint', { value: String(fallback) })}
              >
                <RotateCcw className="size-3" aria-hidden />
                {t('page.settings.runtime.reset')}
              </button>
            )}
          </span>
        }
        hint={hint}
        error={submitted ? errors[name] : undefined}
      >
        {control}
      </Field>
    );
  };
  const text = (name: Exclude<RuntimeSettingName, 'interceptWarmup' | 'storeBodies' | 'billedModel'>, extra = {}) => (
    <Input
      id={`runtime-${name}`}
      value={form[name]}
      invalid={submitted && errors[name] !== undefined}
      onChange={(event) => set(name, event.target.value)}
      {...extra}
    />
  );
  const toggle = (name: 'interceptWarmup' | 'storeBodies') => (
    <Switch id={`runtime-${name}`} checked={form[name]} onCheckedChange={(checked) => set(name, checked)} />
  );

  return (
    <form onSubmit={submit} noValidate className="grid gap-5 px-5 pb-5 pt-4 md:grid-cols-2">
      {row('siteTitle', text('siteTitle'))}
      {row('timeZone', text('timeZone', { list: 'runtime-time-zones' }), t('page.settings.runtime.timeZoneHint'))}
      <datalist id="runtime-time-zones">
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {row(
        'billedModel',
        <Select
          id="runtime-billedModel"
          value={form.billedModel}
          onValueChange={(value) => set('billedModel', value === 'redirected' ? 'redirected' : 'requested')}
          options={[
            { value: 'requested', label: t('page.settings.env.billedModel.requested') },
            { value: 'redirected', label: t('page.settings.env.billedModel.redirected') },
          ]}
        />,
      )}
      {row('maxProvidersPerRequest', text('maxProvidersPerRequest', { inputMode: 'numeric' }))}
      {row('sessionTtlSeconds', text('sessionTtlSeconds', { inputMode: 'numeric' }))}
      {row(
        'logRetentionDays',
        text('logRetentionDays', { inputMode: 'numeric' }),
        t('page.settings.runtime.zeroKeeps'),
      )}
      {row('interceptWarmup', toggle('interceptWarmup'))}
      {row('storeBodies', toggle('storeBodies'), t('page.settings.runtime.storeBodiesHint', { cap: bodyCap }))}
      {row(
        'bodyRetentionDays',
        text('bodyRetentionDays', { inputMode: 'numeric' }),
        t('page.settings.runtime.bodyRetentionHint'),
      )}
      {row('displayCurrency', text('displayCurrency', { maxLength: 3 }), t('page.settings.runtime.currencyHint'))}
      {row('usdExchangeRate', text('usdExchangeRate', { inputMode: 'decimal' }))}
      <div className="flex justify-end gap-2 md:col-span-2">
        <Button
          type="button"
          variant="secondary"
          disabled={!dirty || save.isPending}
          onClick={() => setForm(runtimeFormFrom(view.values))}
        >
          {t('page.settings.runtime.discard')}
        </Button>
        <Button type="submit" disabled={!dirty || save.isPending}>
          {t('page.settings.runtime.save')}
        </Button>
      </div>
    </form>
  );
}

/** Settings applied live on every gateway (stored in the database; `.env` is the fallback). */
export function RuntimeSettingsCard() {
  const t = useT();
  const query = useQuery(runtimeSettingsQueryOptions());
  return (
    <Card title={t('page.settings.runtime.title')} description={t('page.settings.runtime.description')}>
      <QueryState query={query}>{(view) => <RuntimeSettingsFormView view={view} />}</QueryState>
    </Card>
  );
}
