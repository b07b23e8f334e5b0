import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRequestLogs } from '@cch/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/**
 * One bad row must never stop the ledger: a model name with a NUL used to make PostgreSQL refuse
 * its batch, and the writer retried that batch forever — no row was written again.
 */
describe.each([
  { backend: 'PGlite', postgres: false },
  { backend: 'PostgreSQL', postgres: true },
])('request log rows the database refuses ($backend)', ({ postgres }) => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let database: TestDatabase | null = null;
  let dataDir: string | null = null;
  let key: string;

  beforeAll(async () => {
    if (postgres) {
      if (!adminUrl) return;
      database = await createTestDatabase(adminUrl);
      dataDir = await mkdtemp(join(tmpdir(), 'cch-refused-'));
    }
    upstream = await startMockUpstream({ name: 'refused' });
    gateway = await startGateway({
      env: {
        LOG_BATCH_SIZE: '20',
        ...(database && dataDir && { DATABASE_URL: database.url, DATA_DIR: dataDir }),
      },
    });
    await gateway.addProvider({ baseUrl: upstream.url });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const rowCount = async () =>
    Number(
      (await sql<{ n: string }>`select count(*)::text as n from request_logs`.execute(gateway.runtime.db)).rows[0]?.n,
    );
  const flushedCount = async () => {
    await gateway.flushLogs();
    return rowCount();
  };
  const send = (count: number, prefix: string) =>
    Promise.all(
      Array.from({ length: count }, (_, i) => callMessages(gateway.url, { key, sessionId: `${prefix}-${i}` })),
    );

  it.skipIf(postgres && !adminUrl)(
    'logs requests carrying NUL bytes, cleaned, and every request after them',
    async () => {
      const before = await rowCount();
      // a NUL in the model name (refused locally or not, the request is logged) and in Claude Code's session id
      await callMessages(gateway.url, { key, body: messageBody({ model: 'claude-sonnet-4-5\u0000' }) });
      const userId = JSON.stringify({ device_id: 'd', account_uuid: '', session_id: 'conversation\u0000nul' });
      await callMessages(gateway.url, { key, sessionId: '', body: messageBody({ metadata: { user_id: userId } }) });
      await send(25, 'after-nul');
      await expect.poll(flushedCount, { timeout: 10_000 }).toBe(before + 27);
      const rows = (await listRequestLogs(gateway.runtime.db, { limit: 100 })).items;
      expect(rows.map((row) => row.sessionId)).toContain('conversation\uFFFDnul');
      expect(gateway.runtime.logWriter.stats()).toMatchObject({ queued: 0, rejected: 0, failingSince: null });
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    },
  );

  it.skipIf(postgres && !adminUrl)('sets a row it cannot clean aside, counts it, and writes the rest', async () => {
    const before = await rowCount();
    const first = send(15, 'around-bad');
    // a row no cleaning can save: a cost past numeric(20, 10)
    const [template] = (await listRequestLogs(gateway.runtime.db, { limit: 1 })).items;
    if (!template) throw new Error('no row to copy');
    gateway.runtime.logWriter.enqueue({
      ...template,
      requestId: 'req_refused_by_database',
      costUsd: '99999999999',
      requestBody: null,
      responseBody: null,
    });
    await first;
    await send(15, 'after-bad');
    await expect.poll(flushedCount, { timeout: 10_000 }).toBe(before + 30);
    expect(gateway.runtime.logWriter.stats()).toMatchObject({ queued: 0, rejected: 1, failingSince: null });
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^cch_log_rows_rejected 1$/m);
    expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    if (dataDir) {
      const file = join(dataDir, 'request-log', 'rejected.jsonl');
      await expect.poll(() => readFile(file, 'utf8').catch(() => '')).toContain('req_refused_by_database');
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
        requestId: 'req_refused_by_database',
        costUsd: '99999999999',
      });
    }
  });
});
