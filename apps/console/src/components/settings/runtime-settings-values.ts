import { type RuntimeSettingName, type RuntimeSettings, runtimeSettingsSchema } from '@cch/contract';
import type { RuntimeSettingsPatch } from '../../api/settings';

/** The form's text or switch per setting (numbers are edited as text). */
export type RuntimeSettingsForm = { [K in RuntimeSettingName]: RuntimeSettings[K] extends boolean ? boolean : string };

export function runtimeFormFrom(values: RuntimeSettings): RuntimeSettingsForm {
  return {
    ...values,
    logRetentionDays: String(values.logRetentionDays),
    bodyRetentionDays: String(values.bodyRetentionDays),
    sessionTtlSeconds: String(values.sessionTtlSeconds),
    maxProvidersPerRequest: String(values.maxProvidersPerRequest),
  };
}

const NUMERIC = new Set<RuntimeSettingName>([
  'logRetentionDays',
  'bodyRetentionDays',
  'sessionTtlSeconds',
  'maxProvidersPerRequest',
]);

/** The changed settings, each checked by the gateway's own schema; errors name the fields that fail it. */
export function runtimeSettingsPatch(form: RuntimeSettingsForm, current: RuntimeSettings) {
  const patch: Record<string, unknown> = {};
  const errors: Partial<Record<RuntimeSettingName, string>> = {};
  for (const name of Object.keys(form) as RuntimeSettingName[]) {
    const raw = form[name];
    const candidate = NUMERIC.has(name) && typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    const parsed = runtimeSettingsSchema.shape[name].safeParse(candidate);
    if (!parsed.success) errors[name] = parsed.error.issues[0]?.message ?? 'invalid';
    else if (parsed.data !== current[name]) patch[name] = parsed.data;
  }
  return { patch: patch as RuntimeSettingsPatch, errors };
}
