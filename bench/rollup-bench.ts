// Dashboard statistics at scale: loads a month of request logs (5 million rows by default) with
// their hourly rollups into a fresh PostgreSQL database, then times the dashboard's month
// aggregates from the rollups (median of several runs) against the same aggregates from the raw log.
// Run: pnpm bench:rollups
//   (TEST_DATABASE_URL=postgres://… BENCH_ROWS=5000000 BENCH_USERS=100 BENCH_RUNS=9 BENCH_SHAPE=workday|flat)
import { randomBytes } from 'node:crypto';
import {
  createDatabase,
  type DatabaseHandle,
  migrateToLatest,
  withoutParallelWorkers,
} from '../packages/core/src/index.js';
// bench/ has no node_modules of its own: the Kysely instance core's createDatabase uses.
import { type RawBuilder, sql } from '../packages/core/node_modules/kysely/dist/index.js';

const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env['BENCH_ROWS'] ?? 5_000_000);
const USERS = Number(process.env['BENCH_USERS'] ?? 100);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 9);
const RAW_RUNS = Number(process.env['BENCH_RAW_RUNS'] ?? 3);
/** workday: traffic on weekdays 09:00–19:00 UTC, like a team; flat: spread evenly over every hour. */
const SHAPE = process.env['BENCH_SHAPE'] === 'flat' ? 'flat' : 'workday';
const CHUNK = 500_000;
const FROM = new Date('2026-10-01T00:00:00Z');
const TO = new Date('2026-10-31T00:00:00Z'); // 30 days
const SPAN_S = (TO.getTime() - FROM.getTime()) / 1000;
const WORKDAY_S = 10 * 3600;
/** Day offsets (from FROM) of the weekdays in the month. */
const WEEKDAYS = Array.from({ length: 30 }, (_, day) => day).filter((day) => {
  const weekday = new Date(FROM.getTime() + day * 86_400_000).getUTCDay();
  return weekday !== 0 && weekday !== 6;
});

/** Seconds after FROM of row g, by the traffic shape. */
function secondOf(): RawBuilder<number> {
  if (SHAPE === 'flat') return sql<number>`(g::bigint * ${SPAN_S} / ${ROWS})::int`;
  const work = sql`((g - 1) * ${WEEKDAYS.length * WORKDAY_S} / ${ROWS})`;
  const weekdays = sql.raw(`array[${WEEKDAYS.join(',')}]`);
  const day = sql`(${weekdays})[(${work} / ${WORKDAY_S})::int + 1]`;
  return sql<number>`(${day} * 86400 + 9 * 3600 + ${work} % ${WORKDAY_S})::int`;
}

type Db = DatabaseHandle['db'];

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function onAdmin(statement: string): Promise<void> {
  const admin = await createDatabase({ databaseUrl: ADMIN_URL, dataDir: '/unused' });
  try {
    await sql.raw(statement).execute(admin.db);
  } finally {
    await admin.close();
  }
}

/**
 * Rows g in [lo, hi]: spread over the month by SHAPE; user u sends through its key (every tenth user
 * has a second key), sticks to one of 8 providers per 6-hour block, 70% Sonnet / 20% Haiku / 10%
 * Opus; 2% errors; Claude Code-like token counts with big cache reads; cost at list-price ratios.
 */
function insertLogs(lo: number, hi: number): RawBuilder<unknown> {
  return sql`
    insert into request_logs (created_at, request_id, user_id, key_id, provider_id, session_id, protocol, endpoint,
      method, requested_model, upstream_model, billed_model, status_code, error_class, duration_ms, ttfb_ms,
      is_stream, input_tokens, output_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens,
      reasoning_tokens, cost_usd, cost_breakdown, cost_multiplier, decision_chain, candidate_counts, user_agent,
      client_ip)
    select ts, 'req_' || g, 'user-' || u, 'key-' || u || case when u % 10 = 0 and g % 3 = 0 then '-b' else '' end,
      'provider-' || ((u + sec / 21600) % 8), 'session-' || u || '-' || (sec / 3600), 'anthropic', 'messages', 'POST',
      model, model, model, case when err then 529 else 200 end, case when err then 'upstream_overloaded' else null end,
      800 + g % 20000, case when err then null else 300 + g % 2000 end, true,
      case when err then 0 else 1000 + g % 4000 end, case when err then 0 else 50 + g % 700 end,
      case when err then 0 else 20000 + g % 30000 end, case when err then 0 else g % 2000 end, 0, 0,
      case when err then 0 else round(((1000 + g % 4000) * 3 + (50 + g % 700) * 15 + (20000 + g % 30000) * 0.3
        + (g % 2000) * 3.75) * factor / 1000000, 10) end,
      '{}'::jsonb, 1, '{}'::jsonb, '[]'::jsonb, 'claude-cli/2.1.0 (external, cli)', '10.0.0.1'
    from (
      select g, u, n, sec, ${FROM}::timestamptz + sec * interval '1 second' as ts, (n * 40503) % 1000 < 20 as err,
        case when m < 70 then 'claude-sonnet-4-5'
          when m < 90 then 'claude-haiku-4-5' else 'claude-opus-4-1' end as model,
        case when m < 70 then 1 when m < 90 then 0.3333333333 else 5 end as factor
      from (
        -- u from g mod USERS; n counts a user's own requests, so model and errors vary per user
        select g, (g * 7919) % ${USERS} as u, g / ${USERS} as n, ${secondOf()} as sec, ((g / ${USERS}) * 37) % 100 as m
        from generate_series(${lo}::bigint, ${hi}::bigint) as g
      ) a
    ) b`;
}

/** usage_hourly from the raw log with one GROUP BY — the same sums insertRequestLogs keeps per batch. */
const BUILD_ROLLUPS = sql`
  insert into usage_hourly (hour, user_id, key_id, provider_id, model, requests, errors, input_tokens, output_tokens,
    cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, reasoning_tokens, cost_usd, duration_ms_sum,
    ttfb_ms_sum, ttfb_count)
  select date_trunc('hour', created_at, 'UTC'), coalesce(user_id, ''), coalesce(key_id, ''), coalesce(provider_id, ''),
    coalesce(billed_model, upstream_model, requested_model),
    count(*), count(*) filter (where status_code >= 400 or error_class is not null),
    sum(input_tokens), sum(output_tokens), sum(cache_read_tokens), sum(cache_write_5m_tokens),
    sum(cache_write_1h_tokens), sum(reasoning_tokens), sum(cost_usd), sum(duration_ms),
    coalesce(sum(ttfb_ms), 0), count(ttfb_ms)
  from request_logs group by 1, 2, 3, 4, 5`;

const SECONDARY_INDEXES = [
  'created_at',
  'user_id_created_at',
  'key_id_created_at',
  'provider_id_created_at',
  'session_id',
];
const INDEX_DEFINITIONS = [
  '(created_at desc)',
  '(user_id, created_at)',
  '(key_id, created_at)',
  '(provider_id, created_at)',
  '(session_id)',
];

async function load(db: Db): Promise<void> {
  // Bulk-load practice: build the log's secondary indexes once after the load, not row by row.
  for (const name of SECONDARY_INDEXES) await sql.raw(`drop index request_logs_${name}_idx`).execute(db);
  for (let lo = 1; lo <= ROWS; lo += CHUNK) {
    const hi = Math.min(ROWS, lo + CHUNK - 1);
    const [, ms] = await timed(() => insertLogs(lo, hi).execute(db));
    process.stdout.write(`  rows ${lo.toLocaleString('en')}–${hi.toLocaleString('en')}: ${(ms / 1000).toFixed(1)} s\n`);
  }
  const [, indexMs] = await timed(() =>
    Promise.all(
      SECONDARY_INDEXES.map((name, i) =>
        sql.raw(`create index request_logs_${name}_idx on request_logs ${INDEX_DEFINITIONS[i]}`).execute(db),
      ),
    ),
  );
  process.stdout.write(`  request_logs indexes: ${(indexMs / 1000).toFixed(1)} s\n`);
  const [, rollupMs] = await timed(() => BUILD_ROLLUPS.execute(db));
  process.stdout.write(`  usage_hourly (one INSERT … SELECT … GROUP BY): ${(rollupMs / 1000).toFixed(1)} s\n`);
  const [, vacuumMs] = await timed(() => sql`vacuum analyze request_logs, usage_hourly`.execute(db));
  process.stdout.write(`  vacuum analyze: ${(vacuumMs / 1000).toFixed(1)} s\n`);
}

/** The console's month dashboard, from the hourly rollups. */
function dashboardQueries(): Record<string, (db: Db) => Promise<unknown>> {
  const month = sql`hour >= ${FROM} and hour < ${TO}`;
  const top = (column: string) => (db: Db) =>
    sql`select ${sql.ref(column)} as id, sum(requests) as requests, sum(cost_usd) as cost from usage_hourly
      where ${month} group by 1 order by cost desc limit 10`.execute(db);
  return {
    totals: (db) =>
      sql`select sum(requests) as requests, sum(errors) as errors,
        sum(input_tokens) as input, sum(output_tokens) as output, sum(cache_read_tokens) as cache_read,
        sum(cache_write_5m_tokens + cache_write_1h_tokens) as cache_write, sum(cost_usd) as cost,
        sum(duration_ms_sum) / nullif(sum(requests), 0) as avg_ms from usage_hourly where ${month}`.execute(db),
    perDay: (db) =>
      sql`select date_trunc('day', hour, 'UTC') as day, sum(requests) as requests, sum(errors) as errors,
        sum(input_tokens + output_tokens + cache_read_tokens) as tokens, sum(cost_usd) as cost
        from usage_hourly where ${month} group by 1 order by 1`.execute(db),
    topUsers: top('user_id'),
    topProviders: top('provider_id'),
    topModels: top('model'),
  };
}

/** The same totals and series straight from the raw log, for contrast. */
function rawQueries(db: Db): Record<string, () => Promise<unknown>> {
  const month = sql`created_at >= ${FROM} and created_at < ${TO}`;
  return {
    totals: () =>
      sql`select count(*) as requests, count(*) filter (where status_code >= 400 or error_class is not null) as errors,
        sum(input_tokens) as input, sum(output_tokens) as output, sum(cache_read_tokens) as cache_read,
        sum(cache_write_5m_tokens + cache_write_1h_tokens) as cache_write, sum(cost_usd) as cost,
        avg(duration_ms) as avg_ms
        from request_logs where ${month}`.execute(db),
    perDay: () =>
      sql`select date_trunc('day', created_at, 'UTC') as day, count(*) as requests, sum(cost_usd) as cost
        from request_logs where ${month} group by 1 order by 1`.execute(db),
  };
}

async function medianOf(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(run))[1]);
  return median(times);
}

/** `asGateway`: each query the way the admin API runs it (withoutParallelWorkers); else PostgreSQL's default plan. */
async function dashboardPass(db: Db, title: string, asGateway: boolean): Promise<void> {
  process.stdout.write(`${title}\n`);
  const run = (query: (db: Db) => Promise<unknown>) => (asGateway ? withoutParallelWorkers(db, query) : query(db));
  const dashboard = Object.entries(dashboardQueries()).map(([name, query]) => [name, () => run(query)] as const);
  let sequential = 0;
  for (const [name, read] of dashboard) {
    const ms = await medianOf(read, RUNS);
    sequential += ms;
    process.stdout.write(`  ${name.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms\n`);
  }
  const together = await medianOf(() => Promise.all(dashboard.map(([, read]) => read())), RUNS);
  process.stdout.write(
    `  all five, one after another: ${sequential.toFixed(1)} ms; ` +
      `all at once (as the console loads them): ${together.toFixed(1)} ms\n\n`,
  );
}

async function report(db: Db): Promise<void> {
  const sizes = await sql<{ logs: string; rollups: string; logSize: string; rollupSize: string }>`
    select (select count(*) from request_logs)::text as logs, (select count(*) from usage_hourly)::text as rollups,
      pg_size_pretty(pg_total_relation_size('request_logs')) as "logSize",
      pg_size_pretty(pg_total_relation_size('usage_hourly')) as "rollupSize"`.execute(db);
  const s = sizes.rows[0];
  process.stdout.write(
    `\nrequest_logs: ${Number(s?.logs).toLocaleString('en')} rows (${s?.logSize}); ` +
      `usage_hourly: ${Number(s?.rollups).toLocaleString('en')} rows (${s?.rollupSize})\n`,
  );
  const check = await sql<{
    same: boolean;
  }>`select (select sum(requests) from usage_hourly) = (select count(*) from request_logs)
    and (select sum(cost_usd) from usage_hourly) = (select sum(cost_usd) from request_logs) as same`.execute(db);
  process.stdout.write(`rollups match the raw log (requests and exact cost): ${check.rows[0]?.same}\n\n`);

  await dashboardPass(db, `month dashboard from usage_hourly, as the gateway reads it (median of ${RUNS} runs):`, true);
  await dashboardPass(db, "the same with PostgreSQL's default parallel query:", false);

  process.stdout.write(`the same from request_logs (median of ${RAW_RUNS} runs):\n`);
  for (const [name, run] of Object.entries(rawQueries(db))) {
    const ms = await medianOf(run, RAW_RUNS);
    process.stdout.write(`  ${name.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms\n`);
  }
}

async function main(): Promise<void> {
  const database = `cch_bench_${randomBytes(6).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  process.stdout.write(
    `rollup bench: ${ROWS.toLocaleString('en')} rows, ${USERS} users, 30 days, ${SHAPE} traffic, ` +
      `database ${database}\n`,
  );
  await onAdmin(`create database ${database}`);
  const dropOnSignal = () =>
    void onAdmin(`drop database if exists ${database} with (force)`).finally(() => process.exit(130));
  process.once('SIGINT', dropOnSignal).once('SIGTERM', dropOnSignal);
  let handle: DatabaseHandle | null = null;
  try {
    handle = await createDatabase({ databaseUrl: url.toString(), dataDir: '/unused' });
    await migrateToLatest(handle.db);
    const [, loadMs] = await timed(() => load((handle as DatabaseHandle).db)); // safe: assigned just above
    process.stdout.write(`loaded in ${(loadMs / 1000).toFixed(1)} s\n`);
    await report(handle.db);
  } finally {
    await handle?.close();
    await onAdmin(`drop database if exists ${database} with (force)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `rollup bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
