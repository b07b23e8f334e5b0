import { RESERVE_USD_SETTING, type Settings, type SettingValue } from '../../api/settings';

/** A stored setting the console has no dedicated field for, edited as JSON text. */
export interface CustomSetting {
  /** Stable row id for React keys (the key itself is editable on new rows). */
  id: string;
  key: string;
  text: string;
  /** Added in this form, not stored yet. */
  isNew: boolean;
}

export interface SettingsFormValues {
  /** USD reserved per request; blank = estimate from the model's price. */
  reserveUsd: string;
  custom: CustomSetting[];
}

export type CustomError = { key?: 'required' | 'duplicate' | 'reserved' | 'tooLong'; value?: 'json' };
export interface SettingsFormErrors {
  reserveUsd?: 'invalid';
  custom: Record<string, CustomError>;
}

const MAX_KEY_LENGTH = 100;
/** Non-negative USD with at most 9 decimals (the gateway counts nano-dollars). */
const USD = /^\d+(\.\d{1,9})?$/;

function reserveText(value: SettingValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Settings with a field of their own (the reservation, and the runtime settings card). */
const hasOwnField = (key: string) => key === RESERVE_USD_SETTING || key.startsWith('runtime.');

export function settingsFormFrom(settings: Settings): SettingsFormValues {
  const custom = Object.entries(settings)
    .filter(([key]) => !hasOwnField(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ id: `stored:${key}`, key, text: JSON.stringify(value, null, 2), isNew: false }));
  return { reserveUsd: reserveText(settings[RESERVE_USD_SETTING]), custom };
}

function parseJson(text: string): { ok: true; value: SettingValue } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as SettingValue }; // JSON.parse only yields JSON values
  } catch {
    return { ok: false };
  }
}

export function validateSettingsForm(values: SettingsFormValues): SettingsFormErrors {
  const errors: SettingsFormErrors = { custom: {} };
  const reserve = values.reserveUsd.trim();
  if (reserve !== '' && !USD.test(reserve)) errors.reserveUsd = 'invalid';
  const seen = new Set<string>();
  for (const row of values.custom) {
    const error: CustomError = {};
    const key = row.key.trim();
    if (key === '') error.key = 'required';
    else if (key.length > MAX_KEY_LENGTH) error.key = 'tooLong';
    else if (hasOwnField(key)) error.key = 'reserved';
    else if (seen.has(key)) error.key = 'duplicate';
    seen.add(key);
    if (!parseJson(row.text).ok) error.value = 'json';
    if (error.key || error.value) errors.custom[row.id] = error;
  }
  return errors;
}

export function hasSettingsErrors(errors: SettingsFormErrors): boolean {
  return errors.reserveUsd !== undefined || Object.keys(errors.custom).length > 0;
}

/**
 * Only what changed, for PUT /admin/settings. A cleared reserve is sent as null (the gateway then
 * estimates again). Call only when validation passed.
 */
export function settingsPatch(values: SettingsFormValues, stored: Settings): Settings {
  const patch: Settings = {};
  const reserve = values.reserveUsd.trim();
  if (reserve !== reserveText(stored[RESERVE_USD_SETTING]).trim()) {
    patch[RESERVE_USD_SETTING] = reserve === '' ? null : reserve;
  }
  for (const row of values.custom) {
    const parsed = parseJson(row.text);
    if (!parsed.ok) continue;
    const key = row.key.trim();
    if (row.isNew || JSON.stringify(parsed.value) !== JSON.stringify(stored[key])) patch[key] = parsed.value;
  }
  return patch;
}
