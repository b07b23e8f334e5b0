import { randomBytes } from 'node:crypto';
import { createDatabase, type DatabaseHandle } from '@cch/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { type RedisProxy, startRedisProxy } from './support/redis-proxy.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const QUEUE_MAX = 100; // the smallest LOG_QUEUE_MAX the config accepts
/** Generous: a proxied request answers in milliseconds; waiting on the database would take seconds. */
const NO_WAIT_MS = 1_000;

/** Runs one statement on the admin database (create/drop database cannot run in a transaction). */
async function admin(query: string): Promise<void> {
  const handle = await createDatabase({ databaseUrl: adminUrl ?? null, dataDir: '/unused' });
  try {
    await sql.raw(query).execute(handle.db);
  } finally {
    await handle.close();
  }
}

function withDatabase(url: string, database: string, port?: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (port !== undefined) {
    parsed.hostname = '127.0.0.1';
    parsed.port = String(port);
  } else if (parsed.port === '') {
    parsed.port = '5432'; // the TCP proxy needs an explicit port
  }
  return parsed.toString();
}

/**
 * Spec §8: the proxy never waits for the database; during an outage rows wait in memory (bounded)
 * and are written when it returns; what cannot be kept is counted. The database path is a TCP
 * proxy in front of PostgreSQL that the test stops and restarts (the server itself keeps running).
 */
describe.skipIf(!adminUrl)('request log during a PostgreSQL outage', () => {
  const database = `cch_test_${randomBytes(6).toString('hex')}`;
  let proxy: RedisProxy;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let direct: DatabaseHandle;
  let key: string;

  beforeAll(async () => {
    await admin(`create database ${database}`);
    const target = withDatabase(adminUrl ?? '', database);
    proxy = await startRedisProxy(target); // a plain TCP proxy despite its name
    const proxied = withDatabase(target, database, Number(new URL(proxy.url).port));
    upstream = await startMockUpstream({ name: 'outage' });
    gateway = await startGateway({
      env: {
        DATABASE_URL: proxied,
        LOG_QUEUE_MAX: String(QUEUE_MAX),
        LOG_BATCH_SIZE: '10',
        LOG_FLUSH_INTERVAL_MS: '20',
      },
    });
    direct = await createDatabase({ databaseUrl: target, dataDir: '/unused' });
    await gateway.addProvider({ baseUrl: upstream.url });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await proxy?.restart().catch(() => undefined); // let the gateway flush and close cleanly
    await gateway?.close();
    await Promise.all([upstream?.close(), direct?.close(), proxy?.stop()]);
    if (adminUrl) await admin(`drop database if exists ${database} with (force)`);
  });

  const logCount = async () =>
    Number(
      (await direct.db.selectFrom('requestLogs').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n,
    );
  const stats = () => gateway.runtime.logWriter.stats();

  /** Sends `count` Claude Code requests, 10 at a time; returns the slowest answer in ms. */
  async function sendRequests(count: number, sessionPrefix: string): Promise<number> {
    let slowest = 0;
    for (let start = 0; start < count; start += 10) {
      const batch = Array.from({ length: Math.min(10, count - start) }, async (_, i) => {
        const began = performance.now();
        const result = await callMessages(gateway.url, {
          key,
          sessionId: `${sessionPrefix}-${String(start + i).padStart(3, '0')}`,
        });
        slowest = Math.max(slowest, performance.now() - began);
        expect(result.status).toBe(200);
      });
      await Promise.all(batch);
    }
    return slowest;
  }

  /** Rollups hold exactly what the raw log holds: counts, every token kind and cost. */
  async function expectRollupsMatchLog(): Promise<void> {
    const totals = (table: 'usage_hourly' | 'request_logs', requests: string) =>
      sql<Record<string, string>>`select ${sql.raw(requests)}::text as requests, sum(input_tokens)::text as input,
        sum(output_tokens)::text as output, sum(cache_read_tokens)::text as cache_read,
        sum(cache_write_5m_tokens)::text as w5m, sum(cache_write_1h_tokens)::text as w1h,
        trim_scale(sum(cost_usd))::text as cost from ${sql.table(table)}`.execute(direct.db);
    const [rollups, raw] = await Promise.all([
      totals('usage_hourly', 'sum(requests)'),
      totals('request_logs', 'count(*)'),
    ]);
    expect(rollups.rows[0]).toEqual(raw.rows[0]);
  }

  it('keeps answering without waiting, queues the rows and writes every one when the database returns', async () => {
    await sendRequests(5, 'before');
    await gateway.flushLogs();
    expect(await logCount()).toBe(5);

    await proxy.stop();
    const slowest = await sendRequests(40, 'outage');
    expect(slowest).toBeLessThan(NO_WAIT_MS);
    await expect.poll(() => stats().failedFlushes, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(stats()).toMatchObject({ queued: 40, dropped: 0 });
    expect(await logCount()).toBe(5);

    await proxy.restart();
    await expect
      .poll(async () => [await logCount(), stats().queued], { timeout: 30_000, interval: 100 })
      .toEqual([45, 0]);
    const sessions = await direct.db
      .selectFrom('requestLogs')
      .select('sessionId')
      .where('sessionId', 'like', 'outage-%')
      .execute();
    expect(new Set(sessions.map((row) => row.sessionId)).size).toBe(40); // each row once: none lost, none twice
    await expectRollupsMatchLog();
  });

  it('drops the oldest rows past LOG_QUEUE_MAX, counts them, writes the rest when the database returns', async () => {
    const before = await logCount();
    const droppedBefore = stats().dropped;
    await proxy.stop();
    const slowest = await sendRequests(QUEUE_MAX + 30, 'flood');
    expect(slowest).toBeLessThan(NO_WAIT_MS);
    expect(stats()).toMatchObject({ queued: QUEUE_MAX, dropped: droppedBefore + 30 });

    await proxy.restart();
    await expect
      .poll(async () => [await logCount(), stats().queued], { timeout: 30_000, interval: 100 })
      .toEqual([before + QUEUE_MAX, 0]);
    const kept = await direct.db
      .selectFrom('requestLogs')
      .select('sessionId')
      .where('sessionId', 'like', 'flood-%')
      .orderBy('sessionId')
      .execute();
    expect(kept).toHaveLength(QUEUE_MAX);
    expect(kept[0]?.sessionId).toBe('flood-030'); // the 30 oldest went first
    await expectRollupsMatchLog();
    // the pool recovered by itself: a fresh request is logged through the same gateway
    await sendRequests(1, 'after');
    await gateway.flushLogs();
    expect(await logCount()).toBe(before + QUEUE_MAX + 1);
  });
});
