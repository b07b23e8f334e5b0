/**
 * The gateway on PostgreSQL through PgBouncer in transaction mode: migrations at start, a proxied
 * request's log row written in a batch, then read back by the admin API (logs and the rollup
 * statistics, which set their planner option per transaction).
 */
import {
  createScratchDatabase,
  findExecutable,
  PGBOUNCER_MISSING,
  type PgBouncer,
  type ScratchDatabase,
  startPgBouncer,
} from '@cch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const available = findExecutable('pgbouncer') !== null;
if (serverUrl && !available && process.env.CI) throw new Error(PGBOUNCER_MISSING);

describe.skipIf(!serverUrl || !available)('the gateway behind PgBouncer (transaction mode)', () => {
  let bouncer: PgBouncer;
  let database: ScratchDatabase;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;

  beforeAll(async () => {
    [bouncer, database, upstream] = await Promise.all([
      startPgBouncer(serverUrl ?? ''),
      createScratchDatabase(serverUrl ?? '', 'gw_pgb'),
      startMockUpstream({ name: 'pgb' }),
    ]);
    gateway = await startGateway({ env: { DATABASE_URL: bouncer.url(database.name) } });
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([bouncer?.stop(), upstream?.close()]);
    await database?.drop();
  });

  it('migrates, proxies, writes the request log and reads it back through the pooler', async () => {
    expect(gateway.runtime.dbKind).toBe('postgres');
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    await gateway.addProvider({ baseUrl: upstream.url });
    const { key } = await gateway.addCaller();
    const calls = await Promise.all(Array.from({ length: 6 }, () => callMessages(gateway.url, { key })));
    expect(calls.map((call) => call.status)).toEqual([200, 200, 200, 200, 200, 200]);
    await gateway.flushLogs();

    const logs = body(await adminFetch(gateway.url, 'GET', '/logs?limit=50'));
    const items = logs.items as { statusCode: number; costUsd: string }[];
    expect(items).toHaveLength(6);
    expect(items.every((row) => row.statusCode === 200 && Number(row.costUsd) > 0)).toBe(true);
    const stats = body(await adminFetch(gateway.url, 'GET', '/stats?period=day'));
    expect(stats.totals).toMatchObject({ requests: 6, errors: 0 });
  });
});
