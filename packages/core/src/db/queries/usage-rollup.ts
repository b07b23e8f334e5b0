import type { Decimal } from 'decimal.js';
import type { Kysely } from 'kysely';
import { ExactDecimal } from '../decimal-string.js';
import type { Database, NewUsageHourlyRow } from '../schema.js';
import { isErrorLog, type NewRequestLog } from './new-request-log.js';

const HOUR_MS = 3_600_000;

type Rollup = Required<Omit<NewUsageHourlyRow, 'hour' | 'costUsd'>> & { hour: Date; cost: Decimal };

type Counter = Exclude<keyof NewUsageHourlyRow, 'hour' | 'userId' | 'keyId' | 'providerId' | 'model' | 'costUsd'>;

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
    requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0, reasoningTokens: 0, durationMsSum: 0, ttfbMsSum: 0, ttfbCount: 0,
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

/** Adds the rollups to the stored ones (INSERT … ON CONFLICT DO UPDATE). */
export async function upsertUsageRollups(db: Kysely<Database>, rollups: readonly NewUsageHourlyRow[]): Promise<void> {
  if (rollups.length === 0) return;
  await db
    .insertInto('usageHourly')
    .values([...rollups])
    .onConflict((oc) =>
      oc.columns(['hour', 'userId', 'keyId', 'providerId', 'model']).doUpdateSet((eb) => {
        const add = (column: Counter) => eb(eb.ref(`usageHourly.${column}`), '+', eb.ref(`excluded.${column}`));
        return {
          requests: add('requests'),
          errors: add('errors'),
          inputTokens: add('inputTokens'),
          outputTokens: add('outputTokens'),
          cacheReadTokens: add('cacheReadTokens'),
          cacheWrite5mTokens: add('cacheWrite5mTokens'),
          cacheWrite1hTokens: add('cacheWrite1hTokens'),
          reasoningTokens: add('reasoningTokens'),
          costUsd: eb(eb.ref('usageHourly.costUsd'), '+', eb.ref('excluded.costUsd')),
          durationMsSum: add('durationMsSum'),
          ttfbMsSum: add('ttfbMsSum'),
          ttfbCount: add('ttfbCount'),
        };
      }),
    )
    .execute();
}
