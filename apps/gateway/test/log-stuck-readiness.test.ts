import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

/**
 * A request log that cannot write while the database still answers pings used to leave /readyz
 * green forever. Writes here fail through a trigger (a server error that is not about the row's data).
 */
describe('a request log that cannot write', () => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let key: string;

  beforeAll(async () => {
    upstream = await startMockUpstream({ name: 'stuck' });
    gateway = await startGateway({ env: { LOG_STUCK_AFTER_MS: '1000' } });
    await gateway.addProvider({ baseUrl: upstream.url });
    ({ key } = await gateway.addCaller());
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const readyz = async () => {
    const response = await fetch(`${gateway.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { requestLog: Record<string, unknown> } };
  };
  const gauge = async (name: string) => {
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  };

  it('turns /readyz unready once writes fail for LOG_STUCK_AFTER_MS; /metrics shows the backlog', async () => {
    const db = gateway.runtime.db;
    await sql`create function refuse_logs() returns trigger language plpgsql as $$
      begin raise exception 'log table is read-only for this test'; end $$`.execute(db);
    await sql`create trigger refuse_logs before insert on request_logs execute function refuse_logs()`.execute(db);

    for (let i = 0; i < 5; i++) expect((await callMessages(gateway.url, { key })).status).toBe(200);
    await expect.poll(() => gateway.runtime.logWriter.stats().failedFlushes).toBeGreaterThan(0);
    expect((await readyz()).status).toBe(200); // a short failure is not yet "stuck"
    await expect.poll(async () => (await readyz()).status, { timeout: 5_000 }).toBe(503);
    expect((await readyz()).body.requestLog).toMatchObject({
      stuck: true,
      queued: 5,
      lastError: 'log table is read-only for this test',
    });
    expect(await gauge('cch_log_queue_depth')).toBe(5);
    expect(await gauge('cch_log_oldest_row_age_seconds')).toBeGreaterThan(1);
    expect(await gauge('cch_log_write_failing_seconds')).toBeGreaterThan(1);

    await sql`drop trigger refuse_logs on request_logs`.execute(db);
    await expect.poll(async () => (await readyz()).status, { timeout: 15_000 }).toBe(200);
    expect(gateway.runtime.logWriter.stats()).toMatchObject({ queued: 0, written: 5, rejected: 0 });
    expect(await gauge('cch_log_write_failing_seconds')).toBe(0);
  });
});
