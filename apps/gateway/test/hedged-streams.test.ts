import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type DecisionChain,
  DEFAULT_PROVIDER_TIMEOUTS,
  getRequestLog,
  listRequestLogs,
  type Provider,
} from '@cch/core';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { adminFetch, body } from './support/admin-client.js';
import { logRowOf } from './support/log-rows.js';
import { servedBy } from './support/protocol-client.js';

/** Hedged streams: a slow first byte starts the next provider too; the first to answer is relayed. */

const HEDGE_AFTER_MS = 150;

let upstreamA: MockUpstream;
let upstreamB: MockUpstream;

beforeAll(async () => {
  upstreamA = await startMockUpstream({ name: 'A' });
  upstreamB = await startMockUpstream({ name: 'B' });
});

afterAll(async () => {
  await upstreamA?.close();
  await upstreamB?.close();
});

beforeEach(() => {
  upstreamA.reset();
  upstreamB.reset();
});

let requestSeq = 0;

async function streamMessage(gateway: GatewayHarness, key: string) {
  // a new conversation each time, so no session stays bound to the previous winner
  const content = `say hi (${++requestSeq})`;
  const started = Date.now();
  const response = await fetch(`${gateway.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      stream: true,
      messages: [{ role: 'user', content }],
    }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, elapsedMs: Date.now() - started };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

async function chainOf(gateway: GatewayHarness, result: { headers: Headers }) {
  const row = await logRowOf(gateway, result);
  const detail = await getRequestLog(gateway.runtime.db, row.id);
  return { row, chain: detail?.decisionChain as DecisionChain };
}

describe('hedged streams', () => {
  let gateway: GatewayHarness;
  let key: string;
  let a: Provider;
  let b: Provider;

  beforeAll(async () => {
    gateway = await startGateway();
    const timeouts = { ...DEFAULT_PROVIDER_TIMEOUTS, hedgeAfterMs: HEDGE_AFTER_MS };
    a = await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, priority: 0, retryBudget: 0, timeouts });
    b = await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
    key = (await gateway.addCaller()).key;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('relays the fast second provider, cancels the slow first one and bills the user once', async () => {
    upstreamA.setLatency(3_000);
    upstreamB.setLatency(0);
    const result = await streamMessage(gateway, key);
    expect(result.status).toBe(200);
    expect(servedBy(result)).toBe('B');
    expect(result.text).toMatch(/event: message_stop/);
    expect(result.text).not.toContain('hello from A');
    expect(result.elapsedMs).toBeLessThan(2_500); // not A's 3 s first byte
    await until(() => upstreamA.closedByClient === 1, 'A to see its connection closed');
    expect(upstreamA.requestCount).toBe(1);
    expect(upstreamB.requestCount).toBe(1);

    const { row, chain } = await chainOf(gateway, result);
    expect(row.providerId).toBe(b.id);
    expect(Number(row.costUsd)).toBeGreaterThan(0);
    const rows = (await listRequestLogs(gateway.runtime.db, { limit: 500 })).items;
    expect(rows.filter((r) => r.requestId === row.requestId)).toHaveLength(1); // billed once
    const attempts = chain.attempts.map(({ providerName, hedge, errorClass }) => ({ providerName, hedge, errorClass }));
    expect(attempts).toEqual([
      { providerName: 'A', hedge: 'primary', errorClass: 'hedge_cancelled' },
      { providerName: 'B', hedge: 'hedge', errorClass: null },
    ]);
    expect(chain.rules?.map((hit) => hit.action)).toEqual(['started', 'won_by_hedge']);
    const [breaker] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(breaker?.failures ?? 0).toBe(0); // a cancelled loser is not a failure
  });

  it('when both are slow, keeps whichever answers first: the first provider here', async () => {
    upstreamA.setLatency(500);
    upstreamB.setLatency(3_000);
    const result = await streamMessage(gateway, key);
    expect(servedBy(result)).toBe('A');
    expect(result.text).toMatch(/event: message_stop/);
    await until(() => upstreamB.closedByClient === 1, 'B to see its connection closed');
    expect(upstreamB.requestCount).toBe(1);
    const { chain } = await chainOf(gateway, result);
    expect(chain.attempts.map((attempt) => attempt.errorClass)).toEqual([null, 'hedge_cancelled']);
    expect(chain.rules?.map((hit) => hit.action)).toEqual(['started', 'won_by_primary']);
    const [breaker] = await gateway.runtime.store.getBreakers([`breaker:${b.id}`]);
    expect(breaker?.failures ?? 0).toBe(0);
  });

  it('when both are slow, keeps whichever answers first: the hedge here', async () => {
    upstreamA.setLatency(3_000);
    upstreamB.setLatency(500);
    const result = await streamMessage(gateway, key);
    expect(servedBy(result)).toBe('B');
    await until(() => upstreamA.closedByClient === 1, 'A to see its connection closed');
    const { chain } = await chainOf(gateway, result);
    expect(chain.attempts.map((attempt) => attempt.errorClass)).toEqual(['hedge_cancelled', null]);
  });

  it('does not hedge a first byte that comes in time', async () => {
    upstreamA.setLatency(0);
    upstreamB.setLatency(0);
    const result = await streamMessage(gateway, key);
    expect(servedBy(result)).toBe('A');
    await new Promise((resolve) => setTimeout(resolve, HEDGE_AFTER_MS * 2));
    expect(upstreamB.requestCount).toBe(0);
  });

  it('is set per provider in the admin API: off by default, patched alone, in the OpenAPI document', async () => {
    const created = await adminFetch(gateway.url, 'POST', '/providers', {
      body: { name: 'C', type: 'claude', baseUrl: upstreamB.url, apiKey: 'sk-c', enabled: false },
    });
    expect(created.status).toBe(201);
    const id = body(created).id as string;
    expect(body(created).timeouts).toMatchObject({ hedgeAfterMs: null });
    const patched = await adminFetch(gateway.url, 'PATCH', `/providers/${id}`, {
      body: { timeouts: { hedgeAfterMs: 250 } },
    });
    expect(body(patched).timeouts).toEqual({ ...DEFAULT_PROVIDER_TIMEOUTS, hedgeAfterMs: 250 });
    const refused = await adminFetch(gateway.url, 'PATCH', `/providers/${id}`, {
      body: { timeouts: { hedgeAfterMs: 0 } },
    });
    expect(refused.status).toBe(400);
    const off = await adminFetch(gateway.url, 'PATCH', `/providers/${id}`, {
      body: { timeouts: { hedgeAfterMs: null } },
    });
    expect(body(off).timeouts).toMatchObject({ hedgeAfterMs: null });
    const doc = await adminFetch(gateway.url, 'GET', '/openapi.json', { token: null });
    expect(doc.text).toContain('hedgeAfterMs');
    await adminFetch(gateway.url, 'DELETE', `/providers/${id}`);
  });
});

describe('without hedging (the default)', () => {
  it('waits for the slow first provider and sends no second request', async () => {
    const gateway = await startGateway();
    try {
      await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, priority: 0, retryBudget: 0 });
      await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
      const { key } = await gateway.addCaller();
      upstreamA.setLatency(600);
      upstreamB.setLatency(0);
      const result = await streamMessage(gateway, key);
      expect(servedBy(result)).toBe('A');
      expect(result.elapsedMs).toBeGreaterThanOrEqual(550);
      expect(upstreamB.requestCount).toBe(0);
      expect(upstreamA.closedByClient).toBe(0);
    } finally {
      await gateway.close();
    }
  });
});

describe('hedging and the attempt cap', () => {
  it('counts the hedge as an attempt: with one attempt allowed there is no hedge', async () => {
    const gateway = await startGateway({ env: { MAX_ATTEMPTS_PER_REQUEST: '1' } });
    try {
      const timeouts = { ...DEFAULT_PROVIDER_TIMEOUTS, hedgeAfterMs: HEDGE_AFTER_MS };
      await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, priority: 0, retryBudget: 0, timeouts });
      await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
      const { key } = await gateway.addCaller();
      upstreamA.setLatency(500);
      const result = await streamMessage(gateway, key);
      expect(servedBy(result)).toBe('A');
      expect(upstreamB.requestCount).toBe(0);
    } finally {
      await gateway.close();
    }
  });
});
