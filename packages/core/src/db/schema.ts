import type {
  NotificationChannel,
  NotificationDeliveryEvent,
  NotificationDeliveryStatus,
  NotificationEventKind,
} from '@cch/contract';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Limits } from '../domain/limits.js';
import type { ProtocolId, ProviderType } from '../domain/protocol.js';
import type { ActiveHours, CircuitBreakerSettings, ModelRedirect, ProviderTimeouts } from '../domain/provider.js';
import type { UserRole } from '../domain/user.js';
import type { ErrorRuleAction, ErrorRuleMatch } from '@cch/contract';
import type {
  ClientVersionRulesTable,
  ProviderOverridesTable,
  RequestFiltersTable,
  SensitiveWordsTable,
} from './request-governance-tables.js';

/*
 * The database as TypeScript sees it through `CamelCasePlugin` (columns are snake_case in SQL).
 * JSON columns are read as parsed values and written as JSON text (see `toJson`), because
 * node-postgres would send a JS array as a PostgreSQL array literal, not as JSON.
 * int8 columns arrive as JS numbers and numeric columns as decimal strings on both backends.
 */

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz column with `default now()`. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A numeric column: exact decimal as a string, never a binary float. */
type Decimal = string;
/** A jsonb column: read as the parsed value, written as JSON text. */
type Json<T, Write = string> = ColumnType<T, Write, Write>;

export interface ProvidersTable {
  id: string;
  name: string;
  type: ProviderType;
  baseUrl: string;
  apiKeyEncrypted: string;
  enabled: boolean;
  weight: number;
  priority: number;
  groups: Json<string[]>;
  costMultiplier: Decimal;
  modelRedirects: Json<ModelRedirect[]>;
  allowedModels: Json<string[]>;
  allowedClients: Json<string[]>;
  blockedClients: Json<string[]>;
  activeHours: Json<ActiveHours | null, string | null>;
  proxyUrl: string | null;
  proxyFallbackToDirect: boolean;
  customHeaders: Json<Record<string, string>>;
  timeouts: Json<ProviderTimeouts>;
  retryBudget: number;
  circuitBreaker: Json<CircuitBreakerSettings>;
  concurrencyLimit: number | null;
  limits: Json<Limits>;
  acceptedFormats: Json<ProtocolId[]>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface UsersTable {
  id: string;
  name: string;
  note: string;
  role: UserRole;
  group: string | null;
  limits: Json<Limits>;
  allowedModels: Json<string[]>;
  allowedClients: Json<string[]>;
  enabled: boolean;
  expiresAt: Timestamp | null;
  tags: Json<string[]>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface ApiKeysTable {
  id: string;
  userId: string;
  name: string;
  keyHash: string;
  keyPrefix: string;
  enabled: boolean;
  expiresAt: Timestamp | null;
  limits: Json<Limits>;
  group: string | null;
  consoleAccess: boolean;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export type ModelPriceSource = 'builtin' | 'synced' | 'manual';

export interface ModelPricesTable {
  model: string;
  source: ModelPriceSource;
  /** One entry of LiteLLM's `model_prices_and_context_window.json`, in its field names. */
  prices: Json<Record<string, unknown>>;
  updatedAt: GeneratedTimestamp;
}

export interface RequestLogsTable {
  id: Generated<number>;
  createdAt: GeneratedTimestamp;
  requestId: string;
  userId: string | null;
  keyId: string | null;
  providerId: string | null;
  sessionId: string | null;
  protocol: string;
  endpoint: string;
  method: string;
  requestedModel: string;
  upstreamModel: string | null;
  billedModel: string | null;
  statusCode: number;
  errorClass: string | null;
  errorMessage: string | null;
  durationMs: number;
  ttfbMs: number | null;
  isStream: boolean;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
  costUsd: Decimal;
  costBreakdown: Json<unknown>;
  costMultiplier: Decimal;
  decisionChain: Json<unknown>;
  candidateCounts: Json<unknown>;
  userAgent: string | null;
  clientIp: string | null;
  requestBody: string | null;
  responseBody: string | null;
}

/**
 * Stored bodies of one proxied request (body storage on): the client's request and the answer it
 * got, a streamed answer reassembled into the protocol's whole-answer shape. Each capped in size.
 */
export interface RequestBodiesTable {
  id: Generated<number>;
  createdAt: GeneratedTimestamp;
  requestId: string;
  sessionId: string | null;
  /** The client's protocol: both bodies are in its shape. */
  protocol: string;
  requestBody: string | null;
  /** Size of the body as received, before the cap. */
  requestBytes: number;
  requestTruncated: boolean;
  responseBody: string | null;
  /** Bytes the client was sent (as far as they were captured). */
  responseBytes: number;
  responseTruncated: boolean;
  responseStreamed: boolean;
  /** A stream reassembled into one answer (false: the captured text as sent). */
  responseAssembled: boolean;
}

/** Hourly rollup; '' stands for "none" in the key columns so the primary key can hold them. */
export interface UsageHourlyTable {
  hour: Timestamp;
  userId: string;
  keyId: string;
  providerId: string;
  model: string;
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
  costUsd: Decimal;
  durationMsSum: number;
  ttfbMsSum: number;
  ttfbCount: number;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updatedAt: GeneratedTimestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  createdAt: GeneratedTimestamp;
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: Json<unknown, string | null>;
  after: Json<unknown, string | null>;
  ip: string | null;
}

export interface SpendResetsTable {
  subjectKind: 'user' | 'key' | 'provider';
  subjectId: string;
  resetAt: Date;
}

export interface ErrorRulesTable {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  priority: number;
  match: Json<ErrorRuleMatch>;
  action: ErrorRuleAction;
  countsForBreaker: boolean | null;
  override: Json<{ status: number | null; message: string | null }>;
  builtin: boolean;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface NotificationTargetsTable {
  id: string;
  name: string;
  channel: NotificationChannel;
  enabled: boolean;
  events: Json<NotificationEventKind[]>;
  /** The sealed JSON of the URL or bot token and the signing secret. */
  secretEncrypted: string;
  secretPreview: string;
  hasSigningSecret: boolean;
  chatId: string | null;
  apiBaseUrl: string | null;
  cooldownMinutes: number;
  leaderboardTime: string;
  leaderboardSize: number;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

/** One rectifier's on/off for one provider, or for every provider when `providerId` is ''. */
export interface RectifierSwitchesTable {
  rectifier: string;
  providerId: string;
  enabled: boolean;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  targetId: string;
  event: NotificationDeliveryEvent;
  subject: string;
  title: string;
  status: NotificationDeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

/** One background probe of a provider (availability page and public status page). */
export interface ProviderProbesTable {
  id: Generated<number>;
  providerId: string;
  probedAt: GeneratedTimestamp;
  ok: boolean;
  status: number | null;
  latencyMs: number;
  errorClass: string | null;
  message: string | null;
}

/** The last run of one background job; `details` is the job's own summary (JSON). */
export interface JobRunsTable {
  job: string;
  ranAt: Timestamp;
  details: Json<Record<string, unknown>>;
}

export interface Database {
  providers: ProvidersTable;
  users: UsersTable;
  apiKeys: ApiKeysTable;
  modelPrices: ModelPricesTable;
  requestLogs: RequestLogsTable;
  usageHourly: UsageHourlyTable;
  settings: SettingsTable;
  auditLog: AuditLogTable;
  spendResets: SpendResetsTable;
  errorRules: ErrorRulesTable;
  rectifierSwitches: RectifierSwitchesTable;
  notificationTargets: NotificationTargetsTable;
  notificationDeliveries: NotificationDeliveriesTable;
  requestFilters: RequestFiltersTable;
  sensitiveWords: SensitiveWordsTable;
  providerOverrides: ProviderOverridesTable;
  clientVersionRules: ClientVersionRulesTable;
  providerProbes: ProviderProbesTable;
  requestBodies: RequestBodiesTable;
  jobRuns: JobRunsTable;
}

export type ProviderRow = Selectable<ProvidersTable>;
export type NewProviderRow = Insertable<ProvidersTable>;
export type ProviderRowUpdate = Updateable<ProvidersTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type NewApiKeyRow = Insertable<ApiKeysTable>;
export type ApiKeyRowUpdate = Updateable<ApiKeysTable>;
export type ModelPriceRow = Selectable<ModelPricesTable>;
export type NewModelPriceRow = Insertable<ModelPricesTable>;
export type RequestLogRow = Selectable<RequestLogsTable>;
export type NewRequestLogRow = Insertable<RequestLogsTable>;
export type RequestBodiesRow = Selectable<RequestBodiesTable>;
export type NewRequestBodiesRow = Insertable<RequestBodiesTable>;
export type UsageHourlyRow = Selectable<UsageHourlyTable>;
export type NewUsageHourlyRow = Insertable<UsageHourlyTable>;
export type SettingRow = Selectable<SettingsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
export type NotificationTargetRow = Selectable<NotificationTargetsTable>;
export type NotificationDeliveryRow = Selectable<NotificationDeliveriesTable>;
