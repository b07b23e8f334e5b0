import { z } from 'zod';
import { KNOWN_CLIENT_IDS } from './client-versions.js';
import { dateInput, isoDate } from './common.js';
import { ERROR_RULE_ACTIONS, errorRuleMatchSchema } from './error-rules.js';
import { limitsSchema } from './limits.js';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS } from './notifications.js';
import { PRICE_SOURCES } from './prices.js';
import { PROVIDER_DEFAULTS } from './provider-defaults.js';
import { providerOverrideBody } from './provider-overrides.js';
import { PROTOCOL_IDS, PROVIDER_TYPES } from './protocols.js';
import { activeHoursSchema, breakerSettingsSchema, modelRedirectSchema, providerTimeoutsSchema } from './providers.js';
import { REQUEST_FILTER_ACTIONS, REQUEST_FILTER_SCOPES, REQUEST_FILTER_TARGETS } from './request-filters.js';
import { SENSITIVE_WORD_KINDS } from './sensitive-words.js';

// The export file: JSON Lines. A header line, one line per record (`type` + the row as stored,
// secrets still sealed or hashed), and an end line with the record count, so a truncated file
// is refused instead of half-imported.

export const EXPORT_FORMAT = 'cch-export';
export const EXPORT_VERSION = 1;
/** Largest import file the gateway accepts. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
export const EXPORT_CONTENT_TYPE = 'application/x-ndjson';

const stamp = z.iso.datetime({ offset: true });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal string');
const id = z.string().min(1).max(200);
const texts = z.array(z.string());
/** A value sealed by the gateway's secret box (`v1:iv:tag:ciphertext`). */
const sealed = z.string().regex(/^v1:[^:]+:[^:]+:[^:]*$/, 'expected a sealed (encrypted) value');

export const exportHeaderSchema = z.object({
  type: z.literal('header'),
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  source: z.string().max(500),
  exportedAt: stamp,
  includesLogs: z.boolean(),
});
export type ExportHeader = z.infer<typeof exportHeaderSchema>;

export const exportEndSchema = z.object({ type: z.literal('end'), records: z.number().int().min(0) });

const providerRow = z.object({
  id,
  name: z.string().min(1),
  type: z.enum(PROVIDER_TYPES),
  baseUrl: z.string().min(1),
  apiKeyEncrypted: sealed,
  enabled: z.boolean(),
  weight: z.number().int(),
  priority: z.number().int(),
  groups: texts,
  costMultiplier: decimal,
  modelRedirects: z.array(modelRedirectSchema),
  allowedModels: texts,
  allowedClients: texts,
  blockedClients: texts,
  activeHours: activeHoursSchema.nullable(),
  proxyUrl: z.string().nullable(),
  proxyFallbackToDirect: z.boolean(),
  customHeaders: z.record(z.string(), z.string()),
  // rows written before a timeout setting existed lack it; the gateway reads them with its default
  timeouts: providerTimeoutsSchema.partial().transform((timeouts) => ({ ...PROVIDER_DEFAULTS.timeouts, ...timeouts })),
  retryBudget: z.number().int(),
  circuitBreaker: breakerSettingsSchema,
  concurrencyLimit: z.number().int().nullable(),
  limits: limitsSchema,
  acceptedFormats: z.array(z.enum(PROTOCOL_IDS)),
  createdAt: stamp,
  updatedAt: stamp,
});

const userRow = z.object({
  id,
  name: z.string().min(1),
  note: z.string(),
  role: z.enum(['admin', 'user']),
  group: z.string().nullable(),
  limits: limitsSchema,
  allowedModels: texts,
  allowedClients: texts,
  enabled: z.boolean(),
  expiresAt: stamp.nullable(),
  tags: texts,
  createdAt: stamp,
  updatedAt: stamp,
});

const apiKeyRow = z.object({
  id,
  userId: id,
  name: z.string(),
  keyHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest'),
  keyPrefix: z.string().max(20),
  enabled: z.boolean(),
  expiresAt: stamp.nullable(),
  limits: limitsSchema,
  group: z.string().nullable(),
  consoleAccess: z.boolean(),
  createdAt: stamp,
  updatedAt: stamp,
});

const priceRow = z.object({
  model: z.string().min(1),
  source: z.enum(PRICE_SOURCES),
  prices: z.record(z.string(), z.json()),
  updatedAt: stamp,
});

const settingRow = z.object({ key: z.string().min(1).max(100), value: z.json(), updatedAt: stamp });

const errorRuleRow = z.object({
  id,
  name: z.string().min(1),
  description: z.string(),
  enabled: z.boolean(),
  priority: z.number().int(),
  match: errorRuleMatchSchema,
  action: z.enum(ERROR_RULE_ACTIONS),
  countsForBreaker: z.boolean().nullable(),
  override: z.object({ status: z.number().int().nullable(), message: z.string().nullable() }),
  builtin: z.boolean(),
  createdAt: stamp,
  updatedAt: stamp,
});

const requestFilterRow = z.object({
  id,
  name: z.string().min(1),
  enabled: z.boolean(),
  position: z.number().int(),
  scope: z.enum(REQUEST_FILTER_SCOPES),
  scopeValue: z.string().nullable(),
  target: z.enum(REQUEST_FILTER_TARGETS),
  action: z.enum(REQUEST_FILTER_ACTIONS),
  path: z.string().min(1),
  value: z.json().nullable(),
  valueEncrypted: sealed.nullable(),
  secret: z.boolean(),
  createdAt: stamp,
  updatedAt: stamp,
});

const sensitiveWordRow = z.object({
  id,
  pattern: z.string().min(1),
  kind: z.enum(SENSITIVE_WORD_KINDS),
  scopeGroup: z.string().nullable(),
  enabled: z.boolean(),
  note: z.string(),
  createdAt: stamp,
  updatedAt: stamp,
});

const providerOverrideRow = z.object({ providerId: id, settings: providerOverrideBody, updatedAt: stamp });

const clientVersionRuleRow = z.object({
  id,
  client: z.enum(KNOWN_CLIENT_IDS),
  minVersion: z.string().nullable(),
  blockedVersions: texts,
  scopeGroup: z.string().nullable(),
  enabled: z.boolean(),
  note: z.string(),
  createdAt: stamp,
  updatedAt: stamp,
});

const rectifierSwitchRow = z.object({ rectifier: z.string().min(1), providerId: z.string(), enabled: z.boolean() });

const notificationTargetRow = z.object({
  id,
  name: z.string().min(1),
  channel: z.enum(NOTIFICATION_CHANNELS),
  enabled: z.boolean(),
  events: z.array(z.enum(NOTIFICATION_EVENTS)),
  secretEncrypted: sealed,
  secretPreview: z.string(),
  hasSigningSecret: z.boolean(),
  chatId: z.string().nullable(),
  apiBaseUrl: z.string().nullable(),
  cooldownMinutes: z.number().int(),
  leaderboardTime: z.string(),
  leaderboardSize: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});

const count = z.number().int().min(0);
const requestLogRow = z.object({
  createdAt: stamp,
  requestId: z.string().min(1),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  providerId: z.string().nullable(),
  sessionId: z.string().nullable(),
  protocol: z.string(),
  endpoint: z.string(),
  method: z.string(),
  requestedModel: z.string(),
  upstreamModel: z.string().nullable(),
  billedModel: z.string().nullable(),
  statusCode: z.number().int(),
  errorClass: z.string().nullable(),
  errorMessage: z.string().nullable(),
  durationMs: z.number().int(),
  ttfbMs: z.number().int().nullable(),
  isStream: z.boolean(),
  inputTokens: count,
  outputTokens: count,
  cacheReadTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  reasoningTokens: count,
  costUsd: decimal,
  costBreakdown: z.json(),
  costMultiplier: decimal,
  decisionChain: z.json(),
  candidateCounts: z.json(),
  userAgent: z.string().nullable(),
  clientIp: z.string().nullable(),
  requestBody: z.string().nullable(),
  responseBody: z.string().nullable(),
});

/** Every record kind, in the order an export writes them and an import applies them (parents first). */
export const DATA_KINDS = [
  'provider',
  'user',
  'apiKey',
  'price',
  'setting',
  'errorRule',
  'requestFilter',
  'sensitiveWord',
  'providerOverride',
  'clientVersionRule',
  'rectifierSwitch',
  'notificationTarget',
  'requestLog',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

const record = <K extends DataKind, S extends z.ZodType>(type: K, data: S) => z.object({ type: z.literal(type), data });

export const exportRecordSchema = z.discriminatedUnion('type', [
  record('provider', providerRow),
  record('user', userRow),
  record('apiKey', apiKeyRow),
  record('price', priceRow),
  record('setting', settingRow),
  record('errorRule', errorRuleRow),
  record('requestFilter', requestFilterRow),
  record('sensitiveWord', sensitiveWordRow),
  record('providerOverride', providerOverrideRow),
  record('clientVersionRule', clientVersionRuleRow),
  record('rectifierSwitch', rectifierSwitchRow),
  record('notificationTarget', notificationTargetRow),
  record('requestLog', requestLogRow),
]);
export type ExportRecord = z.infer<typeof exportRecordSchema>;
export type ExportRecordOf<K extends DataKind> = Extract<ExportRecord, { type: K }>;

/** Any line of the file: header, record or end. */
export const exportLineSchema = z.union([exportHeaderSchema, exportEndSchema, exportRecordSchema]);
export type ExportLine = z.infer<typeof exportLineSchema>;

export const dataExportQuery = z.object({
  logs: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Include request logs (from/to bound them)'),
  from: dateInput.optional().describe('Logs created at or after (inclusive)'),
  to: dateInput.optional().describe('Logs created before (exclusive)'),
});

export const dataImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Preview only (the default); false applies the plan in one transaction'),
});

export const importConflictSchema = z.object({
  kind: z.enum(DATA_KINDS),
  key: z.string().describe('The record as the file names it (id, name, model, key …)'),
  reason: z.string(),
});
export type ImportConflict = z.infer<typeof importConflictSchema>;

export const importKindCountsSchema = z.object({
  kind: z.enum(DATA_KINDS),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
});
export type ImportKindCounts = z.infer<typeof importKindCountsSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean().describe('True when a real import wrote the plan'),
  source: z.string(),
  exportedAt: isoDate,
  kinds: z.array(importKindCountsSchema),
  conflicts: z.array(importConflictSchema).describe('Records left out; the rest of the plan still applies'),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const purgePreviewQuery = z.object({ olderThan: dateInput.describe('Logs created before this instant') });
export const purgeBody = z.object({ olderThan: dateInput });
export const purgePreviewSchema = z.object({ olderThan: isoDate, rows: z.number().int() });
export const purgeResultSchema = z.object({ olderThan: isoDate, removed: z.number().int() });

export const retentionStatusSchema = z.object({
  retentionDays: z.number().int().describe('0 keeps request logs forever'),
  lastRun: z
    .object({
      ranAt: isoDate,
      cutoff: isoDate.nullable().describe('null when retention was off for that run'),
      removed: z.number().int(),
      complete: z.boolean(),
    })
    .nullable()
    .describe('null until the retention job has run once'),
});
export type RetentionStatus = z.infer<typeof retentionStatusSchema>;
