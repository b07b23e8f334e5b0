import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DatabaseHandle } from '@cch/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { TEST_ADMIN_TOKEN } from './support/gateway-harness.js';
import { freePort, logLines, startGatewayProcess, waitReady } from './support/gateway-process.js';
import { type RedisProxy, startRedisProxy } from './support/redis-proxy.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const OUTAGE_REQUESTS = 300;

/**
 * Rows still queued at SIGTERM because PostgreSQL is away used to be lost (300 of 300, exit 0).
 * The real gateway process, its database behind a TCP proxy the test takes down: the rows are
 * spilled to DATA_DIR at shutdown and written when the gateway starts again with the database back.
 */
describe.skipIf(!adminUrl)('shutdown while PostgreSQL is unreachable', () => {
  let database: TestDatabase;
  let proxy: RedisProxy;
  let upstream: MockUpstream;
  let direct: DatabaseHandle;
  let dataDir: string;
  let env: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase(adminUrl ?? '');
    const target = new URL(database.url);
    if (target.port === '') target.port = '5432';
    proxy = await startRedisProxy(target.toString()); // a plain TCP proxy despite its name
    const proxied = new URL(target);
    proxied.hostname = '127.0.0.1';
    proxied.port = new URL(proxy.url).port;
    [upstream, direct, dataDir] = await Promise.all([
      startMockUpstream({ name: 'spill' }),
      createDatabase({ databaseUrl: database.url, dataDir: '/unused' }),
      mkdtemp(join(tmpdir(), 'cch-spill-')),
    ]);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: proxied.toString(),
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ENCRYPTION_KEY: 'spill-test-encryption-key-0123456789abcdef',
      SERVE_CONSOLE: 'false',
      LOG_LEVEL: 'info',
      LOG_FLUSH_INTERVAL_MS: '50',
      LOG_DRAIN_TIMEOUT_MS: '2000',
      SHUTDOWN_GRACE_MS: '2000',
    };
  });
  afterAll(async () => {
    await Promise.all([upstream?.close(), direct?.close(), proxy?.stop()]);
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const rowCount = async () =>
    Number((await sql<{ n: string }>`select count(*)::text as n from request_logs`.execute(direct.db)).rows[0]?.n);

  async function setUpCaller(): Promise<string> {
    const provider = await adminFetch(base, 'POST', '/providers', {
      body: { name: 'spill', type: 'claude', baseUrl: upstream.url, apiKey: 'sk-ant-spill-0123456789' },
    });
    expect(provider.status).toBe(201);
    const user = await adminFetch(base, 'POST', '/users', { body: { name: 'spill-user' } });
    const created = await adminFetch(base, 'POST', `/users/${String(body(user).id)}/keys`, { body: { name: 'k' } });
    return String(body(created).key);
  }

  it('spills the rows it could not write at SIGTERM and writes every one on the next start', async () => {
    const first = startGatewayProcess(env);
    await waitReady(base, first);
    const key = await setUpCaller();
    expect((await callMessages(base, { key, sessionId: 'before' })).status).toBe(200);
    await expect.poll(rowCount, { timeout: 10_000 }).toBe(1);

    await proxy.stop();
    for (let start = 0; start < OUTAGE_REQUESTS; start += 20) {
      const batch = Array.from({ length: 20 }, (_, i) =>
        callMessages(base, { key, sessionId: `outage-${start + i}` }).then((r) => r.status),
      );
      expect(await Promise.all(batch)).toEqual(Array(20).fill(200));
    }
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const [spilled] = logLines(first.output(), 'spilled to a file');
    expect(spilled).toMatchObject({ rows: OUTAGE_REQUESTS });
    const files = await readdir(join(dataDir, 'request-log'));
    expect(files.filter((name) => name.startsWith('spill-'))).toHaveLength(1);
    expect(await rowCount()).toBe(1);

    await proxy.restart();
    const second = startGatewayProcess(env);
    try {
      await waitReady(base, second);
      expect(await rowCount()).toBe(1 + OUTAGE_REQUESTS);
      const [replayed] = logLines(second.output(), 'replayed');
      expect(replayed).toMatchObject({ rows: OUTAGE_REQUESTS, written: OUTAGE_REQUESTS, stillQueued: 0 });
      expect(await readdir(join(dataDir, 'request-log'))).toEqual([]);
      const sessions = await direct.db
        .selectFrom('requestLogs')
        .select('sessionId')
        .where('sessionId', 'like', 'outage-%')
        .execute();
      expect(new Set(sessions.map((row) => row.sessionId)).size).toBe(OUTAGE_REQUESTS);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 120_000);
});
