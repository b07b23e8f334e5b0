import type { Decimal } from 'decimal.js';
import type { Kysely } from 'kysely';
import { ExactDecimal } from '../decimal-string.js';
import type { Database, NewUsageHourlyRow } from '../schema.js';
import { multiRowInsert } from './multi-row-insert.js';
import { isErrorLog, type NewRequestLog } from './new-request-log.js';

const HOUR_MS = 3_600_000;

type Rollup = Required<Omit<NewUsageHourlyRow, 'hour' | 'costUsd'>> & { hour: Date; cost: Decimal };

/** The model a log row is counted under: what was billed, else what was asked for. */
export function rollupModel(log: NewRequestLog): string {
  return log.billedModel ?? log.upstreamModel ?? log.requestedModel;
}

function emptyRollup(log: NewRequestLog): Rollup {
  return {
    hour: new Date(Math.floor(log.createdAt.getTime() / HOUR_MS) * HOUR_MS),
    userId: log.userId ?? '',
    keyId: log.keyId ?? '',
    providerId: log.providerId ?? '',
    model: rollupModel(log),
    requests: 0,
    errors: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
    durationMsSum: 0,
    ttfbMsSum: 0,
    ttfbCount: 0,
    cost: new ExactDecimal(0),
  };
}

function addLog(rollup: Rollup, log: NewRequestLog): void {
  rollup.requests += 1;
  rollup.errors += isErrorLog(log) ? 1 : 0;
  rollup.inputTokens += log.inputTokens;
  rollup.outputTokens += log.outputTokens;
  rollup.cacheReadTokens += log.cacheReadTokens;
  rollup.cacheWrite5mTokens += log.cacheWrite5mTokens;
  rollup.cacheWrite1hTokens += log.cacheWrite1hTokens;
  rollup.reasoningTokens += log.reasoningTokens;
  rollup.durationMsSum += log.durationMs;
  if (log.ttfbMs !== null) {
    rollup.ttfbMsSum += log.ttfbMs;
    rollup.ttfbCount += 1;
  }
  rollup.cost = rollup.cost.plus(log.costUsd);
}

/**
 * Sums a batch per (hour, user, key, provider, model) so each key is upserted once. Sorted by key:
 * concurrent writers then lock rollup rows in the same order and cannot deadlock each other.
 */
export function aggregateUsageRollups(logs: readonly NewRequestLog[]): NewUsageHourlyRow[] {
  const byKey = new Map<string, Rollup>();
  for (const log of logs) {
    const fresh = emptyRollup(log);
    const key = JSON.stringify([fresh.hour.getTime(), fresh.userId, fresh.keyId, fresh.providerId, fresh.model]);
    const rollup = byKey.get(key) ?? fresh;
    byKey.set(key, rollup);
    addLog(rollup, log);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { cost, ...rest }]) => ({ ...rest, costUsd: cost.toFixed() }));
}

const ROLLUP_KEY = ['hour', 'user_id', 'key_id', 'provider_id', 'model'] as const;

const ROLLUP_COUNTERS = [
  ['requests', (r) => r.requests],
  ['errors', (r) => r.errors],
  ['input_tokens', (r) => r.inputTokens],
  ['output_tokens', (r) => r.outputTokens],
  ['cache_read_tokens', (r) => r.cacheReadTokens],
  ['cache_write_5m_tokens', (r) => r.cacheWrite5mTokens],
  ['cache_write_1h_tokens', (r) => r.cacheWrite1hTokens],
  ['reasoning_tokens', (r) => r.reasoningTokens],
  ['cost_usd', (r) => r.costUsd],
  ['duration_ms_sum', (r) => r.durationMsSum],
  ['ttfb_ms_sum', (r) => r.ttfbMsSum],
  ['ttfb_count', (r) => r.ttfbCount],
] as const satisfies readonly (readonly [string, (rollup: NewUsageHourlyRow) => unknown])[];

const upsertRollups = multiRowInsert<NewUsageHourlyRow>(
  'usage_hourly',
  [
    ['hour', (r) => r.hour],
    ['user_id', (r) => r.userId],
    ['key_id', (r) => r.keyId],
    ['provider_id', (r) => r.providerId],
    ['model', (r) => r.model],
    ...ROLLUP_COUNTERS,
  ],
  ` on conflict (${ROLLUP_KEY.map((name) => `"${name}"`).join(', ')}) do update set ${ROLLUP_COUNTERS.map(
    ([name]) => `"${name}" = "usage_hourly"."${name}" + "excluded"."${name}"`,
  ).join(', ')}`,
);

/** Adds the rollups to the stored ones (INSERT … ON CONFLICT DO UPDATE). */
export async function upsertUsageRollups(db: Kysely<Database>, rollups: readonly NewUsageHourlyRow[]): Promise<void> {
  if (rollups.length === 0) return;
  await db.executeQuery(upsertRollups.compile(rollups));
}
