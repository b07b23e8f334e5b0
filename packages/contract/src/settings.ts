import { z } from 'zod';

/** Every stored setting: name → any JSON value. */
export const settingsSchema = z.record(z.string().min(1).max(100), z.json()).describe('Setting name → JSON value');
export type Settings = z.infer<typeof settingsSchema>;
export type SettingValue = Settings[string];

/** The one setting the gateway reads today: a fixed USD amount reserved per request at admission. */
export const RESERVE_USD_SETTING = 'limits.reserveUsd';

/** What the environment fixes at start (read-only here: change `.env` and restart). */
export const environmentSchema = z.object({
  billedModel: z.enum(['requested', 'redirected']).describe('BILLED_MODEL'),
  logRetentionDays: z.number().int().describe('LOG_RETENTION_DAYS (0 keeps logs forever)'),
  storeBodies: z.boolean().describe('STORE_BODIES'),
  bodyStoreMaxBytes: z.number().int().describe('BODY_STORE_MAX_BYTES: cap on each stored body'),
  priceSyncUrl: z.string().describe('PRICE_SYNC_URL'),
  priceSyncIntervalHours: z.number().describe('PRICE_SYNC_INTERVAL_HOURS (0 syncs only on demand)'),
  sessionTtlSeconds: z.number().int().describe('SESSION_TTL'),
  maxProvidersPerRequest: z.number().int().describe('MAX_PROVIDERS_PER_REQUEST'),
  interceptWarmup: z.boolean().describe('INTERCEPT_WARMUP'),
  timeZone: z.string().describe('TZ'),
  database: z.enum(['postgres', 'pglite']),
  redis: z.boolean().describe('Whether REDIS_URL is set'),
});
export type Environment = z.infer<typeof environmentSchema>;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * Settings an admin changes live from the console: stored in the database, applied on every replica
 * within seconds. The environment variable of the same meaning is the default until one is stored.
 */
export const runtimeSettingsSchema = z.object({
  timeZone: z.string().refine(isTimeZone, 'not an IANA time zone').describe('Quota resets and reports (TZ)'),
  billedModel: z
    .enum(['requested', 'redirected'])
    .describe('Bill the requested or the redirected model (BILLED_MODEL)'),
  interceptWarmup: z.boolean().describe("Answer Claude Code's warm-up probe locally (INTERCEPT_WARMUP)"),
  logRetentionDays: z.number().int().min(0).max(3650).describe('Days request logs are kept; 0 keeps them forever'),
  storeBodies: z
    .boolean()
    .describe(
      'Store request and response bodies (streams reassembled), each up to BODY_STORE_MAX_BYTES (STORE_BODIES)',
    ),
  bodyRetentionDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .describe('Days stored request and response bodies are kept (BODY_RETENTION_DAYS)'),
  sessionTtlSeconds: z.number().int().min(10).max(86_400).describe('Session stickiness after the last request'),
  maxProvidersPerRequest: z.number().int().min(1).max(10).describe('Failover breadth (MAX_PROVIDERS_PER_REQUEST)'),
  displayCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as EUR')
    .describe('Currency the console shows beside USD (USD stays the unit of account)'),
  usdExchangeRate: z
    .string()
    .regex(/^\d{1,9}(\.\d{1,9})?$/, 'a positive decimal such as "7.1"')
    .refine((rate) => Number(rate) > 0, 'must be above zero')
    .describe('Units of the display currency per USD'),
  siteTitle: z.string().trim().min(1).max(60).describe('Title of the console and the status page'),
});
export type RuntimeSettings = z.infer<typeof runtimeSettingsSchema>;
export type RuntimeSettingName = keyof RuntimeSettings;
export const RUNTIME_SETTING_NAMES = Object.keys(runtimeSettingsSchema.shape) as RuntimeSettingName[];

/** The stored-setting key of a runtime setting. */
export const runtimeSettingKey = (name: RuntimeSettingName) => `runtime.${name}`;

export const RUNTIME_SETTING_SOURCES = ['database', 'environment', 'default'] as const;

/** `GET /admin/settings/runtime`: what applies now, where each value comes from, and what a reset returns to. */
export const runtimeSettingsViewSchema = z.object({
  values: runtimeSettingsSchema,
  sources: z.record(z.enum(RUNTIME_SETTING_NAMES), z.enum(RUNTIME_SETTING_SOURCES)),
  fallbacks: runtimeSettingsSchema.describe('The value each setting has when none is stored (environment or default)'),
});
export type RuntimeSettingsView = z.infer<typeof runtimeSettingsViewSchema>;

/** `PATCH /admin/settings/runtime`: the named settings change; null removes the stored value (back to `.env`). */
export const runtimeSettingsPatchSchema = z
  .object(
    Object.fromEntries(
      RUNTIME_SETTING_NAMES.map((name) => [name, runtimeSettingsSchema.shape[name].nullable().optional()]),
    ) as { [K in RuntimeSettingName]: z.ZodOptional<z.ZodNullable<(typeof runtimeSettingsSchema.shape)[K]>> },
  )
  .strict();
export type RuntimeSettingsPatch = z.infer<typeof runtimeSettingsPatchSchema>;

/** `GET /admin/console-config` (public): what the console shows before and after sign-in. */
export const consoleConfigSchema = z.object({
  siteTitle: z.string(),
  displayCurrency: z.string(),
  usdExchangeRate: z.string(),
  /** Whether the session cookie is `Secure` (ENABLE_SECURE_COOKIES); the login page only promises it then. */
  secureCookies: z.boolean(),
});
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;
