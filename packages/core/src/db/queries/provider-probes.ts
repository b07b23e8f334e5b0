import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

export interface NewProviderProbe {
  providerId: string;
  probedAt: Date;
  ok: boolean;
  status: number | null;
  latencyMs: number;
  errorClass: string | null;
  message: string | null;
}

export async function insertProviderProbes(db: Kysely<Database>, probes: readonly NewProviderProbe[]): Promise<void> {
  if (probes.length === 0) return;
  await db
    .insertInto('providerProbes')
    .values([...probes])
    .execute();
}

/** Probes of one time bucket of one provider (bucket = floor(epoch ms / bucketMs)). */
export interface ProbeBucket {
  providerId: string;
  bucket: number;
  probes: number;
  failures: number;
  avgLatencyMs: number;
  maxLatencyMs: number;
}

/** Real traffic of one time bucket of one provider, from the request log. */
export interface TrafficBucket {
  providerId: string;
  bucket: number;
  requests: number;
  failures: number;
  p50TtfbMs: number | null;
  p95TtfbMs: number | null;
}

export interface BucketQuery {
  providerIds: readonly string[];
  since: Date;
  bucketMs: number;
}

/** A literal, not a parameter: GROUP BY must see the very expression the SELECT has. */
function bucketOf(column: string, bucketMs: number) {
  if (!Number.isSafeInteger(bucketMs) || bucketMs <= 0) throw new RangeError(`bad bucket size ${bucketMs}`);
  return sql<number>`floor(extract(epoch from ${sql.ref(column)}) * 1000 / ${sql.lit(bucketMs)})::integer`;
}

export async function probeBuckets(db: Kysely<Database>, query: BucketQuery): Promise<ProbeBucket[]> {
  if (query.providerIds.length === 0) return [];
  const bucket = bucketOf('probed_at', query.bucketMs);
  const rows = await db
    .selectFrom('providerProbes')
    .select([
      'providerId',
      bucket.as('bucket'),
      sql<number>`count(*)::integer`.as('probes'),
      sql<number>`count(*) filter (where not ok)::integer`.as('failures'),
      sql<number>`avg(latency_ms)::float8`.as('avgLatencyMs'),
      sql<number>`max(latency_ms)::integer`.as('maxLatencyMs'),
    ])
    .where('providerId', 'in', [...query.providerIds])
    .where('probedAt', '>=', query.since)
    .groupBy(['providerId', bucket])
    .execute();
  return rows.map((row) => ({ ...row, avgLatencyMs: Math.round(row.avgLatencyMs) }));
}

/**
 * Each attempt of a request on a provider, from the decision chain: a request that failed over
 * (or failed everywhere) still counts against every provider it tried. An attempt fails when it
 * ended 5xx or without a status (transport error); client errors are the caller's.
 */
function attemptsSince(ids: readonly string[], since: Date) {
  return sql`request_logs cross join lateral jsonb_array_elements(
      case when jsonb_typeof(request_logs.decision_chain -> 'attempts') = 'array'
        then request_logs.decision_chain -> 'attempts' else '[]'::jsonb end) as attempt
    where request_logs.created_at >= ${since}
      and attempt ->> 'providerId' in (${sql.join([...ids])})`;
}

const ATTEMPT_FAILED = sql`(coalesce((attempt ->> 'status')::integer, 599) >= 500)`;

/** Real traffic per provider and bucket: attempts and failed attempts, and TTFB of the answers it gave. */
export async function trafficBuckets(db: Kysely<Database>, query: BucketQuery): Promise<TrafficBucket[]> {
  if (query.providerIds.length === 0) return [];
  const ids = [...query.providerIds];
  const attemptBucket = bucketOf('request_logs.created_at', query.bucketMs);
  const rowBucket = bucketOf('created_at', query.bucketMs);
  const [attempts, answers] = await Promise.all([
    sql<{ providerId: string; bucket: number; requests: number; failures: number }>`
      select attempt ->> 'providerId' as "providerId", ${attemptBucket} as "bucket",
        count(*)::integer as "requests", count(*) filter (where ${ATTEMPT_FAILED})::integer as "failures"
      from ${attemptsSince(ids, query.since)}
      group by 1, 2`.execute(db),
    db
      .selectFrom('requestLogs')
      .select([
        sql<string>`provider_id`.as('providerId'),
        rowBucket.as('bucket'),
        sql<number | null>`percentile_cont(0.5) within group (order by ttfb_ms)`.as('p50TtfbMs'),
        sql<number | null>`percentile_cont(0.95) within group (order by ttfb_ms)`.as('p95TtfbMs'),
      ])
      .where('providerId', 'in', ids)
      .where('createdAt', '>=', query.since)
      .where('ttfbMs', 'is not', null)
      .groupBy(['providerId', rowBucket])
      .execute(),
  ]);
  const round = (value: number | null) => (value === null ? null : Math.round(value));
  const ttfb = new Map(answers.map((row) => [`${row.providerId}\u0000${row.bucket}`, row]));
  return attempts.rows.map((row) => {
    const answer = ttfb.get(`${row.providerId}\u0000${row.bucket}`);
    return { ...row, p50TtfbMs: round(answer?.p50TtfbMs ?? null), p95TtfbMs: round(answer?.p95TtfbMs ?? null) };
  });
}

export interface AvailabilityError {
  providerId: string;
  at: Date;
  source: 'probe' | 'traffic';
  status: number | null;
  errorClass: string | null;
  message: string | null;
}

/** The latest failed probes and failed requests of each provider since `since`, newest first. */
export async function lastAvailabilityErrors(
  db: Kysely<Database>,
  input: { providerIds: readonly string[]; since: Date; limit: number },
): Promise<AvailabilityError[]> {
  if (input.providerIds.length === 0) return [];
  const ids = [...input.providerIds];
  const [probes, requests] = await Promise.all([
    db
      .selectFrom('providerProbes')
      .select(['providerId', 'probedAt as at', 'status', 'errorClass', 'message'])
      .where('providerId', 'in', ids)
      .where('probedAt', '>=', input.since)
      .where('ok', '=', false)
      .orderBy('probedAt', 'desc')
      .limit(input.limit * ids.length)
      .execute(),
    sql<{ providerId: string; at: Date; status: number | null; errorClass: string | null; message: string | null }>`
      select attempt ->> 'providerId' as "providerId", request_logs.created_at as "at",
        (attempt ->> 'status')::integer as "status", attempt ->> 'errorClass' as "errorClass",
        attempt ->> 'errorMessage' as "message"
      from ${attemptsSince(ids, input.since)} and ${ATTEMPT_FAILED}
      order by request_logs.created_at desc
      limit ${input.limit * ids.length}`
      .execute(db)
      .then((result) => result.rows),
  ]);
  return [
    ...probes.map((row) => ({ ...row, source: 'probe' as const })),
    ...requests.map((row) => ({ ...row, source: 'traffic' as const })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** Deletes probes older than `before`; returns how many. */
export async function deleteOldProviderProbes(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('providerProbes').where('probedAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
