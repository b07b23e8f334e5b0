import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { providersQueryOptions } from '../../api/providers';
import {
  CACHE_TTLS,
  type ProviderOverride,
  type ProviderOverrideInput,
  providerOverrideQueryOptions,
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  useSaveProviderOverrideMutation,
} from '../../api/request-rules';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';
import { useRuleFeedback } from './use-rule-feedback';

const NONE = 'none';

function formOf(override: ProviderOverride) {
  return {
    cacheTtl: override.cacheTtl ?? NONE,
    context1m: override.context1m ?? NONE,
    reasoningEffort: override.reasoningEffort ?? NONE,
    reasoningSummary: override.reasoningSummary ?? NONE,
    maxTokensCap: override.maxTokensCap === null ? '' : String(override.maxTokensCap),
    userIdMode: override.metadataUserId?.mode ?? NONE,
    userIdValue: override.metadataUserId?.mode === 'set' ? override.metadataUserId.value : '',
  };
}
type Form = ReturnType<typeof formOf>;

function inputOf(form: Form): ProviderOverrideInput {
  // the selects offer only the contract's values (or NONE)
  const pick = <K extends keyof ProviderOverrideInput>(value: string) =>
    (value === NONE ? null : value) as ProviderOverrideInput[K];
  return {
    cacheTtl: pick<'cacheTtl'>(form.cacheTtl),
    context1m: pick<'context1m'>(form.context1m),
    reasoningEffort: pick<'reasoningEffort'>(form.reasoningEffort),
    reasoningSummary: pick<'reasoningSummary'>(form.reasoningSummary),
    maxTokensCap: form.maxTokensCap.trim() === '' ? null : Number(form.maxTokensCap),
    metadataUserId:
      form.userIdMode === 'set'
        ? { mode: 'set', value: form.userIdValue }
        : form.userIdMode === 'strip'
          ? { mode: 'strip' }
          : null,
  };
}

function OverrideForm({ providerId, override }: { providerId: string; override: ProviderOverride }) {
  const t = useT();
  const feedback = useRuleFeedback();
  const save = useSaveProviderOverrideMutation();
  const [form, setForm] = useState(() => formOf(override));
  const set = (key: keyof Form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const none = { value: NONE, label: t('page.requestRules.none') };
  const plain = (values: readonly string[]) => [none, ...values.map((value) => ({ value, label: value }))];

  return (
    <form
      className="grid gap-4 rounded-xl border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-zinc-800"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ providerId, input: inputOf(form) }, { onSuccess: feedback.saved, onError: feedback.failed });
      }}
    >
      <Field
        label={t('page.requestRules.overrides.cacheTtl')}
        htmlFor="override-ttl"
        hint={t('page.requestRules.overrides.cacheTtlHint')}
      >
        <Select id="override-ttl" value={form.cacheTtl} onValueChange={set('cacheTtl')} options={plain(CACHE_TTLS)} />
      </Field>
      <Field label={t('page.requestRules.overrides.context1m')} htmlFor="override-1m">
        <Select
          id="override-1m"
          value={form.context1m}
          onValueChange={set('context1m')}
          options={[
            none,
            { value: 'add', label: t('page.requestRules.overrides.context1m.add') },
            { value: 'strip', label: t('page.requestRules.overrides.context1m.strip') },
          ]}
        />
      </Field>
      <Field label={t('page.requestRules.overrides.reasoningEffort')} htmlFor="override-effort">
        <Select
          id="override-effort"
          value={form.reasoningEffort}
          onValueChange={set('reasoningEffort')}
          options={plain(REASONING_EFFORTS)}
        />
      </Field>
      <Field label={t('page.requestRules.overrides.reasoningSummary')} htmlFor="override-summary">
        <Select
          id="override-summary"
          value={form.reasoningSummary}
          onValueChange={set('reasoningSummary')}
          options={plain(REASONING_SUMMARIES)}
        />
      </Field>
      <Field
        label={t('page.requestRules.overrides.maxTokensCap')}
        htmlFor="override-cap"
        hint={t('page.requestRules.overrides.maxTokensCapHint')}
      >
        <Input
          id="override-cap"
          inputMode="numeric"
          value={form.maxTokensCap}
          onChange={(e) => set('maxTokensCap')(e.target.value)}
        />
      </Field>
      <Field label={t('page.requestRules.overrides.userId')} htmlFor="override-user-id">
        <Select
          id="override-user-id"
          value={form.userIdMode}
          onValueChange={set('userIdMode')}
          options={[
            none,
            { value: 'set', label: t('page.requestRules.overrides.userId.set') },
            { value: 'strip', label: t('page.requestRules.overrides.userId.strip') },
          ]}
        />
      </Field>
      {form.userIdMode === 'set' && (
        <Field label={t('page.requestRules.overrides.userIdValue')} htmlFor="override-user-id-value">
          <Input
            id="override-user-id-value"
            value={form.userIdValue}
            onChange={(e) => set('userIdValue')(e.target.value)}
            required
          />
        </Field>
      )}
      <div className="flex items-end">
        <Button type="submit" disabled={save.isPending}>
          {t('page.requestRules.save')}
        </Button>
      </div>
    </form>
  );
}

export function ProviderOverridesTab() {
  const t = useT();
  const providers = useQuery(providersQueryOptions());
  const [providerId, setProviderId] = useState('');
  const override = useQuery({ ...providerOverrideQueryOptions(providerId), enabled: providerId !== '' });

  return (
    <div className="flex flex-col gap-6">
      <Field label={t('page.requestRules.overrides.provider')} htmlFor="override-provider" className="max-w-sm">
        <Select
          id="override-provider"
          value={providerId}
          onValueChange={setProviderId}
          placeholder={t('page.requestRules.overrides.pickProvider')}
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Field>
      {override.data && <OverrideForm key={providerId} providerId={providerId} override={override.data} />}
    </div>
  );
}
