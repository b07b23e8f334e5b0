import { logDetailSchema, logPageSchema } from '@cch/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

// 60 providers: one serves the callers' (default) group, 59 serve other groups, so every request's
// decision chain names 59 dropped providers. The list must stay small anyway.
const OTHER_PROVIDERS = 59;
const ROWS = 50;
const LIST_BUDGET_BYTES = 60 * 1024;

let gateway: GatewayHarness;
let upstream: MockUpstream;

const api = (path: string) => adminFetch(gateway.url, 'GET', path);
const page = (response: Awaited<ReturnType<typeof api>>) => logPageSchema.parse(body(response));

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'logs-light' })]);
  await gateway.addProvider({ name: 'serving-provider', baseUrl: upstream.url });
  for (let i = 0; i < OTHER_PROVIDERS; i += 1) {
    const name = `regional-relay-${String(i).padStart(2, '0')}-with-a-rather-long-descriptive-name`;
    await gateway.addProvider({ name, baseUrl: upstream.url, groups: [`team-${i}`] });
  }
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('GET /admin/logs with 60 providers', () => {
  it(`sends ${ROWS} rows within ${LIST_BUDGET_BYTES / 1024} KB, each with a summary of its decision`, async () => {
    const { key } = await gateway.addCaller();
    const stranded = await gateway.addCaller({ group: 'nobody-serves-this' });
    for (let i = 0; i < ROWS - 1; i += 1) expect((await callMessages(gateway.url, { key })).status).toBe(200);
    expect((await callMessages(gateway.url, { key: stranded.key })).status).toBe(400);
    await gateway.flushLogs();

    const response = await api(`/logs?limit=${ROWS}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.byteLength(response.text);
    const list = page(response);
    console.log(`GET /admin/logs?limit=${ROWS} with 60 providers: ${(bytes / 1024).toFixed(1)} KB`);
    expect(list.items).toHaveLength(ROWS);
    expect(bytes).toBeLessThanOrEqual(LIST_BUDGET_BYTES);
    expect(response.text).not.toContain('regional-relay-');

    const [refused, served] = list.items;
    expect(refused?.errorClass).toBe('no_route');
    expect(refused?.decision).toMatchObject({
      attempts: 0,
      providers: [],
      candidates: 60,
      filtered: [{ reason: 'group_mismatch', count: 60 }],
      price: 'none',
    });
    expect(served?.decision).toMatchObject({
      attempts: 1,
      providers: ['serving-provider'],
      candidates: 60,
      filtered: [{ reason: 'group_mismatch', count: OTHER_PROVIDERS }],
      price: 'exact',
    });

    // The detail still names every dropped provider.
    const detail = logDetailSchema.parse(body(await api(`/logs/${String(refused?.id)}`)));
    expect(JSON.stringify(detail.decisionChain).match(/regional-relay-/g)).toHaveLength(OTHER_PROVIDERS);
    expect(detail.decision.filtered).toEqual(refused?.decision.filtered);
  });

  it('answers `after` with only the rows newer than the one given, newest first', async () => {
    const { key } = await gateway.addCaller();
    const newest = page(await api('/logs?limit=1')).items[0]?.id ?? 0;
    expect(page(await api(`/logs?after=${newest}`)).items).toEqual([]);
    for (let i = 0; i < 3; i += 1) expect((await callMessages(gateway.url, { key })).status).toBe(200);
    await gateway.flushLogs();
    const fresh = page(await api(`/logs?after=${newest}&limit=2`));
    expect(fresh.items.map((row) => row.id)).toEqual([newest + 3, newest + 2]);
    expect(fresh.nextCursor).toBe(newest + 2);
    expect(page(await api(`/logs?after=${newest}&cursor=${newest + 2}`)).items.map((row) => row.id)).toEqual([
      newest + 1,
    ]);
    expect((await api('/logs?after=-1')).status).toBe(400);
  });
});
