import {
  RUNTIME_SETTING_NAMES,
  type RuntimeSettingName,
  type RuntimeSettings,
  type RuntimeSettingsView,
  runtimeSettingKey,
  runtimeSettingsSchema,
} from '@cch/contract';
import type { Config } from '../config.js';

/** Settings with no environment variable: their fallback is a built-in default. */
const CONSOLE_ONLY = new Set<RuntimeSettingName>(['displayCurrency', 'usdExchangeRate', 'siteTitle']);

/** What each runtime setting is when none is stored: its environment variable, or a default. */
export function runtimeSettingFallbacks(config: Config): RuntimeSettings {
  return {
    timeZone: config.TZ,
    billedModel: config.BILLED_MODEL,
    interceptWarmup: config.INTERCEPT_WARMUP,
    logRetentionDays: config.LOG_RETENTION_DAYS,
    storeBodies: config.STORE_BODIES,
    bodyRetentionDays: config.BODY_RETENTION_DAYS,
    sessionTtlSeconds: config.SESSION_TTL,
    maxProvidersPerRequest: config.MAX_PROVIDERS_PER_REQUEST,
    displayCurrency: 'USD',
    usdExchangeRate: '1',
    siteTitle: 'Claude Code Hub',
  };
}

/** The settings in force: a stored value that is valid wins over the fallback; an invalid one is ignored. */
export function resolveRuntimeSettings(fallbacks: RuntimeSettings, stored: Readonly<Record<string, unknown>>) {
  const values: Record<string, unknown> = { ...fallbacks };
  const sources = {} as RuntimeSettingsView['sources'];
  for (const name of RUNTIME_SETTING_NAMES) {
    const parsed = runtimeSettingsSchema.shape[name].safeParse(stored[runtimeSettingKey(name)]);
    if (parsed.success) values[name] = parsed.data;
    sources[name] = parsed.success ? 'database' : CONSOLE_ONLY.has(name) ? 'default' : 'environment';
  }
  return { values: values as RuntimeSettings, sources, fallbacks };
}

export interface RuntimeSettingsReader {
  /** The settings in force now (recomputed only when the config cache reloads). */
  current(): RuntimeSettings;
  view(): RuntimeSettingsView;
}

/**
 * Runtime settings from the config cache, which every replica reloads when settings change: a
 * request reads a memoised object, never the database.
 */
export function createRuntimeSettings(
  config: Config,
  snapshot: () => { settings: Readonly<Record<string, unknown>>; version: number },
): RuntimeSettingsReader {
  const fallbacks = runtimeSettingFallbacks(config);
  let memo: { version: number; view: RuntimeSettingsView } | undefined;
  const view = () => {
    const { settings, version } = snapshot();
    if (memo?.version !== version) memo = { version, view: resolveRuntimeSettings(fallbacks, settings) };
    return memo.view;
  };
  return { view, current: () => view().values };
}
