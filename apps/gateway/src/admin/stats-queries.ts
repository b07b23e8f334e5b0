import { type Database, withoutParallelWorkers } from '@cch/core';
import { type Kysely, sql } from 'kysely';

export interface Range {
  from: Date;
  to: Date;
}

export type LeaderboardDimension = 'user' | 'key' | 'provider' | 'model';

const DIMENSION_COLUMN = {
  user: 'userId',
  key: 'keyId',
  provider: 'providerId',
  model: 'model',
} as const satisfies Record<LeaderboardDimension, string>;

/** Sums every counter of the hourly rollups; cost as an exact decimal string. */
export const totals = () => [
  sql<string>`coalesce(sum(requests), 0)::bigint::text`.as('requests'),
  sql<string>`coalesce(sum(errors), 0)::bigint::text`.as('errors'),
  sql<string>`coalesce(sum(input_tokens), 0)::bigint::text`.as('inputTokens'),
  sql<string>`coalesce(sum(output_tokens), 0)::bigint::text`.as('outputTokens'),
  sql<string>`coalesce(sum(cache_read_tokens), 0)::bigint::text`.as('cacheReadTokens'),
  sql<string>`coalesce(sum(cache_write_5m_tokens + cache_write_1h_tokens), 0)::bigint::text`.as('cacheWriteTokens'),
  sql<string>`coalesce(sum(cost_usd), 0)::text`.as('costUsd'),
  sql<string>`coalesce(sum(duration_ms_sum), 0)::bigint::text`.as('durationMsSum'),
];

type Totals = {
  requests: string;
  errors: string;
  inputTokens: string;
  outputTokens: string;
  cacheReadTokens: string;
  cacheWriteTokens: string;
  costUsd: string;
  durationMsSum: string;
};

/** Counters as numbers (token sums stay far below 2^53), cost kept as a decimal string, average latency derived. */
export function toTotals(row: Totals) {
  const requests = Number(row.requests);
  return {
    requests,
    errors: Number(row.errors),
    inputTokens: Number(row.inputTokens),
    outputTokens: Number(row.outputTokens),
    cacheReadTokens: Number(row.cacheReadTokens),
    cacheWriteTokens: Number(row.cacheWriteTokens),
    costUsd: normalize(row.costUsd),
    avgDurationMs: requests === 0 ? 0 : Math.round(Number(row.durationMsSum) / requests),
  };
}

function normalize(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/0+$/, '').replace(/\.$/, '') : decimal;
}

export async function overview(db: Kysely<Database>, range: Range) {
  const row = await withoutParallelWorkers(db, (trx) =>
    trx
      .selectFrom('usageHourly')
      .select(totals())
      .where('hour', '>=', range.from)
      .where('hour', '<', range.to)
      .executeTakeFirstOrThrow(),
  );
  return toTotals(row);
}

export async function timeSeries(db: Kysely<Database>, range: Range & { bucket: 'hour' | 'day'; timeZone: string }) {
  const bucket = sql<Date>`date_trunc(${range.bucket}, hour, ${range.timeZone})`;
  const rows = await withoutParallelWorkers(db, (trx) =>
    trx
      .selectFrom('usageHourly')
      .select([bucket.as('bucket'), ...totals()])
      .where('hour', '>=', range.from)
      .where('hour', '<', range.to)
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
  );
  return rows.map(({ bucket: at, ...row }) => ({ at: new Date(at).toISOString(), ...toTotals(row) }));
}

export async function leaderboard(db: Kysely<Database>, range: Range & { by: LeaderboardDimension; limit: number }) {
  const column = DIMENSION_COLUMN[range.by];
  const rows = await withoutParallelWorkers(db, (trx) =>
    trx
      .selectFrom('usageHourly')
      .select([sql.ref<string>(column).as('id'), ...totals()])
      .where('hour', '>=', range.from)
      .where('hour', '<', range.to)
      .groupBy(column)
      .orderBy(sql`sum(cost_usd)`, 'desc')
      .orderBy(sql`sum(requests)`, 'desc')
      .limit(range.limit)
      .execute(),
  );
  return rows.map(({ id, ...row }) => ({ id, ...toTotals(row) }));
}
