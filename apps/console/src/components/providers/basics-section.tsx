import { PROVIDER_TYPES, type ProviderType } from '../../api/providers';
import { useT } from '../../i18n/use-t';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { FormSection, type SectionProps, SwitchField, TextField } from './form-controls';
import { PROVIDER_TYPE_LABELS } from './provider-type-labels';

/** Identity, credentials and routing weight. */
export function BasicsSection({
  section,
  mode,
  apiKeyPreview,
}: {
  section: SectionProps;
  mode: 'create' | 'edit';
  apiKeyPreview?: string;
}) {
  const t = useT();
  const { values, set } = section;
  const isType = (v: string): v is ProviderType => (PROVIDER_TYPES as readonly string[]).includes(v);
  return (
    <FormSection title={t('page.providers.section.basics')}>
      <TextField
        id="provider-name"
        field="name"
        label={t('page.providers.field.name')}
        value={values.name}
        onValue={(v) => set('name', v)}
        section={section}
        autoComplete="off"
      />
      <Field label={t('page.providers.field.type')} htmlFor="provider-type" hint={t('page.providers.hint.type')}>
        <Select
          id="provider-type"
          value={values.type}
          onValueChange={(v) => isType(v) && set('type', v)}
          options={PROVIDER_TYPES.map((value) => ({ value, label: PROVIDER_TYPE_LABELS[value] }))}
          aria-describedby="provider-type-hint"
        />
      </Field>
      <TextField
        id="provider-base-url"
        field="baseUrl"
        className="sm:col-span-2"
        label={t('page.providers.field.baseUrl')}
        placeholder="https://api.anthropic.com"
        inputMode="url"
        value={values.baseUrl}
        onValue={(v) => set('baseUrl', v)}
        section={section}
        autoComplete="off"
      />
      <TextField
        id="provider-api-key"
        field="apiKey"
        className="sm:col-span-2"
        type="password"
        autoComplete="new-password"
        label={t('page.providers.field.apiKey')}
        hint={
          mode === 'edit'
            ? t('page.providers.hint.apiKeyKeep', { preview: apiKeyPreview ?? '…' })
            : t('page.providers.hint.apiKey')
        }
        value={values.apiKey}
        onValue={(v) => set('apiKey', v)}
        section={section}
      />
      <TextField
        id="provider-groups"
        field="groups"
        label={t('page.providers.field.groups')}
        hint={t('page.providers.hint.groups')}
        value={values.groups}
        onValue={(v) => set('groups', v)}
        section={section}
      />
      <TextField
        id="provider-cost-multiplier"
        field="costMultiplier"
        label={t('page.providers.field.costMultiplier')}
        hint={t('page.providers.hint.costMultiplier')}
        inputMode="decimal"
        value={values.costMultiplier}
        onValue={(v) => set('costMultiplier', v)}
        section={section}
      />
      <TextField
        id="provider-priority"
        field="priority"
        label={t('page.providers.field.priority')}
        hint={t('page.providers.hint.priority')}
        inputMode="numeric"
        value={values.priority}
        onValue={(v) => set('priority', v)}
        section={section}
      />
      <TextField
        id="provider-weight"
        field="weight"
        label={t('page.providers.field.weight')}
        hint={t('page.providers.hint.weight')}
        inputMode="numeric"
        value={values.weight}
        onValue={(v) => set('weight', v)}
        section={section}
      />
      <div className="sm:col-span-2">
        <SwitchField
          id="provider-enabled"
          label={t('page.providers.field.enabled')}
          hint={t('page.providers.hint.enabled')}
          checked={values.enabled}
          onChange={(v) => set('enabled', v)}
        />
      </div>
    </FormSection>
  );
}
