import { type ExportRecord, exportRecordSchema, PROVIDER_DEFAULTS } from '@cch/contract';
import { apiKeyPrefix, hashApiKey, type Limits, NO_LIMITS, type SecretBox } from '@cch/core';

// Rows of an original Claude Code Hub database (ding113/claude-code-hub, src/drizzle/schema.ts), as
// `select *` returns them through our CamelCasePlugin. Every field is optional: older versions of
// the original lack some columns, and a missing one takes our default.
export type CchRow = Record<string, unknown>;

export interface MappedRecords {
  records: ExportRecord[];
  /** Rows that could not become one of ours (e.g. an unknown provider type), with why. */
  skipped: { kind: string; key: string; reason: string }[];
}

/** Our ids for the original's serial ids: stable, so a second run updates instead of duplicating. */
export const cchId = (kind: 'provider' | 'user' | 'key', id: unknown) => `cch-${kind}-${String(id)}`;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const stamp = (value: unknown, fallback: Date): string =>
  (value instanceof Date ? value : value ? new Date(String(value)) : fallback).toISOString();
const usd = (value: unknown): string | null => {
  const amount = text(value);
  return amount === null || Number(amount) <= 0 ? null : amount;
};
const positive = (value: unknown): number | null =>
  typeof value === 'number' && value > 0 ? value : Number(value) > 0 ? Number(value) : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
/** The original's "default" provider group is ours when no group is set. */
const group = (value: unknown): string | null => {
  const name = text(value)?.trim();
  return !name || name === 'default' ? null : name;
};

function limitsOf(row: CchRow, dailyField: 'dailyLimitUsd' | 'limitDailyUsd'): Limits {
  return {
    ...NO_LIMITS,
    rpm: positive(row.rpmLimit),
    concurrentSessions: positive(row.limitConcurrentSessions),
    usd5h: usd(row.limit5hUsd),
    usdDaily: usd(row[dailyField]),
    usdWeekly: usd(row.limitWeeklyUsd),
    usdMonthly: usd(row.limitMonthlyUsd),
    usdTotal: usd(row.limitTotalUsd),
    dailyMode: row.dailyResetMode === 'rolling' ? 'rolling' : 'fixed',
    dailyResetTime: text(row.dailyResetTime) ?? NO_LIMITS.dailyResetTime,
  };
}

/** Keeps the stored ciphertext when it already seals this key, so a re-run reads "unchanged". */
export type SealKey = (providerId: string, plaintext: string) => string;

export function sealWith(box: SecretBox, existing: ReadonlyMap<string, string>): SealKey {
  return (providerId, plaintext) => {
    const current = existing.get(providerId);
    if (current) {
      try {
        if (box.decrypt(current) === plaintext) return current;
      } catch {
        // sealed with another key: seal again with ours
      }
    }
    return box.encrypt(plaintext);
  };
}

function providerRecord(row: CchRow, seal: SealKey, now: Date): unknown {
  const id = cchId('provider', row.id);
  const redirects = row.modelRedirects && typeof row.modelRedirects === 'object' ? row.modelRedirects : {};
  const ms = (value: unknown, fallback: number) => positive(value) ?? fallback;
  const timeouts = PROVIDER_DEFAULTS.timeouts;
  const breaker = PROVIDER_DEFAULTS.circuitBreaker;
  return {
    type: 'provider',
    data: {
      id,
      name: text(row.name),
      type: text(row.providerType) ?? 'claude',
      baseUrl: text(row.url),
      apiKeyEncrypted: seal(id, text(row.key) ?? ''),
      enabled: row.isEnabled !== false,
      weight: typeof row.weight === 'number' ? row.weight : PROVIDER_DEFAULTS.weight,
      priority: typeof row.priority === 'number' ? row.priority : PROVIDER_DEFAULTS.priority,
      groups: (text(row.groupTag) ?? 'default')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      costMultiplier: text(row.costMultiplier) ?? PROVIDER_DEFAULTS.costMultiplier,
      modelRedirects: Object.entries(redirects).map(([pattern, target]) => ({
        match: 'exact',
        pattern,
        target: String(target),
      })),
      allowedModels: strings(row.allowedModels),
      allowedClients: [],
      blockedClients: [],
      activeHours: null,
      proxyUrl: text(row.proxyUrl),
      proxyFallbackToDirect: row.proxyFallbackToDirect === true,
      customHeaders: {},
      timeouts: {
        ...timeouts,
        firstByteMs: ms(row.firstByteTimeoutStreamingMs, timeouts.firstByteMs),
        streamIdleMs: ms(row.streamingIdleTimeoutMs, timeouts.streamIdleMs),
        totalMs: ms(row.requestTimeoutNonStreamingMs, timeouts.totalMs),
      },
      retryBudget: typeof row.maxRetryAttempts === 'number' ? Math.min(10, Math.max(0, row.maxRetryAttempts)) : 1,
      circuitBreaker: {
        ...breaker,
        failureThreshold: ms(row.circuitBreakerFailureThreshold, breaker.failureThreshold),
        openDurationMs: ms(row.circuitBreakerOpenDuration, breaker.openDurationMs),
        halfOpenSuccesses: ms(row.circuitBreakerHalfOpenSuccessThreshold, breaker.halfOpenSuccesses),
      },
      concurrencyLimit: null,
      limits: { ...limitsOf(row, 'limitDailyUsd'), rpm: null },
      acceptedFormats: [],
      createdAt: stamp(row.createdAt, now),
      updatedAt: stamp(row.updatedAt, now),
    },
  };
}

function userRecord(row: CchRow, now: Date): unknown {
  return {
    type: 'user',
    data: {
      id: cchId('user', row.id),
      name: text(row.name),
      note: text(row.description) ?? '',
      role: row.role === 'admin' ? 'admin' : 'user',
      group: group(row.providerGroup),
      limits: limitsOf(row, 'dailyLimitUsd'),
      allowedModels: strings(row.allowedModels),
      allowedClients: strings(row.allowedClients),
      enabled: row.isEnabled !== false,
      expiresAt: row.expiresAt ? stamp(row.expiresAt, now) : null,
      tags: strings(row.tags),
      createdAt: stamp(row.createdAt, now),
      updatedAt: stamp(row.updatedAt, now),
    },
  };
}

function keyRecord(row: CchRow, now: Date): unknown {
  const plaintext = text(row.key) ?? '';
  return {
    type: 'apiKey',
    data: {
      id: cchId('key', row.id),
      userId: cchId('user', row.userId),
      name: text(row.name) ?? '',
      keyHash: hashApiKey(plaintext),
      keyPrefix: apiKeyPrefix(plaintext),
      enabled: row.isEnabled !== false,
      expiresAt: row.expiresAt ? stamp(row.expiresAt, now) : null,
      limits: { ...limitsOf(row, 'limitDailyUsd'), rpm: null },
      group: group(row.providerGroup),
      consoleAccess: row.canLoginWebUi === true,
      createdAt: stamp(row.createdAt, now),
      updatedAt: stamp(row.updatedAt, now),
    },
  };
}

function priceRecord(row: CchRow, now: Date): unknown {
  return {
    type: 'price',
    data: {
      model: text(row.modelName),
      source: row.source === 'manual' ? 'manual' : 'synced',
      prices: row.priceData,
      updatedAt: stamp(row.updatedAt ?? row.createdAt, now),
    },
  };
}

export interface CchTables {
  providers: CchRow[];
  users: CchRow[];
  keys: CchRow[];
  /** The latest row per model. */
  modelPrices: CchRow[];
}

/** Maps the original's rows to our export records, validated like an import file's lines. */
export function mapCchRows(tables: CchTables, seal: SealKey, now: Date): MappedRecords {
  const out: MappedRecords = { records: [], skipped: [] };
  const add = (kind: string, key: string, candidate: unknown) => {
    const parsed = exportRecordSchema.safeParse(candidate);
    if (parsed.success) out.records.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const field = issue?.path.slice(1).map(String).join('.') ?? '';
      out.skipped.push({ kind, key, reason: `${field}: ${issue?.message ?? 'invalid'}` });
    }
  };
  for (const row of tables.providers) add('provider', String(row.name), providerRecord(row, seal, now));
  for (const row of tables.users) add('user', String(row.name), userRecord(row, now));
  for (const row of tables.keys) add('apiKey', String(row.name), keyRecord(row, now));
  for (const row of tables.modelPrices) add('price', String(row.modelName), priceRecord(row, now));
  return out;
}
