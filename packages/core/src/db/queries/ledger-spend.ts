import { sql, type Kysely } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database } from '../schema.js';
import type { UsageDimension } from './usage-hourly.js';

const HOUR_MS = 3_600_000;

const COLUMN = {
  user: 'user_id',
  key: 'key_id',
  provider: 'provider_id',
} as const satisfies Record<UsageDimension, string>;

export interface LedgerRange {
  dimension: UsageDimension;
  id: string;
  /** Inclusive, to the millisecond; null = since the first row. */
  from: Date | null;
  /** Exclusive. */
  to: Date;
}

/**
 * USD spent by one user, key or provider over [from, to), exactly: whole hours from the hourly
 * rollups, the ragged ends (a window that starts at 08:30, the hour in progress) from the raw
 * log. Each request is counted once, in the hour it arrived.
 */
export async function sumLedgerSpend(db: Kysely<Database>, range: LedgerRange): Promise<string> {
  const from = range.from?.getTime() ?? 0;
  const to = range.to.getTime();
  if (to <= from) return '0';
  const column = sql.ref(COLUMN[range.dimension]);
  const firstWholeHour = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const lastWholeHour = Math.floor(to / HOUR_MS) * HOUR_MS;
  const logs = (start: number, end: number) =>
    sql`select cost_usd from request_logs where ${column} = ${range.id}
      and created_at >= ${new Date(start)} and created_at < ${new Date(end)}`;
  const parts =
    firstWholeHour >= lastWholeHour
      ? [logs(from, to)]
      : [
          sql`select cost_usd from usage_hourly where ${column} = ${range.id}
            and hour >= ${new Date(firstWholeHour)} and hour < ${new Date(lastWholeHour)}`,
          logs(from, firstWholeHour),
          logs(lastWholeHour, to),
        ];
  const result = await sql<{ total: string }>`select coalesce(sum(cost_usd), 0)::text as total
    from (${sql.join(parts, sql` union all `)}) as spend`.execute(db);
  return normalizeDecimal(result.rows[0]?.total ?? '0');
}

export interface LedgerBucket {
  /** Bucket start (epoch ms, a multiple of bucketMs). */
  start: number;
  usd: string;
}

/**
 * USD spent per time bucket over [from, to), from the raw log: what a rolling window's buckets
 * held. Empty buckets are left out.
 */
export async function ledgerSpendBuckets(
  db: Kysely<Database>,
  range: LedgerRange & { from: Date; bucketMs: number },
): Promise<LedgerBucket[]> {
  const column = sql.ref(COLUMN[range.dimension]);
  const bucket = sql`floor(extract(epoch from created_at) * 1000 / ${range.bucketMs})::bigint`;
  const result = await sql<{ bucket: string; total: string }>`select ${bucket}::text as bucket,
      sum(cost_usd)::text as total from request_logs
    where ${column} = ${range.id} and created_at >= ${range.from} and created_at < ${range.to}
    group by 1 order by 1`.execute(db);
  return result.rows
    .map((row) => ({ start: Number(row.bucket) * range.bucketMs, usd: normalizeDecimal(row.total) }))
    .filter((row) => row.usd !== '0');
}
