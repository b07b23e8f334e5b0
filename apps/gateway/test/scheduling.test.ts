import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, servedBy } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstreams: MockUpstream[];

beforeEach(async () => {
  gateway = await startGateway();
  upstreams = await Promise.all(['A', 'B', 'C'].map((name) => startMockUpstream({ name })));
});

afterEach(async () => {
  await Promise.all([gateway.close(), ...upstreams.map((u) => u.close())]);
});

const [A, B, C] = [0, 1, 2];

async function countServers(key: string, requests: number, sessionPrefix = 'distinct'): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < requests; i++) {
    const name = servedBy(await callMessages(gateway.url, { key, sessionId: `${sessionPrefix}-${i}` })) ?? 'none';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe('provider selection', () => {
  it('splits traffic by weight within statistical bounds', async () => {
    await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, weight: 1 });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, weight: 3 });
    const { key } = await gateway.addCaller();
    const counts = await countServers(key, 400);
    // expected A = 100 (σ ≈ 8.7); allow ±4σ
    expect(counts['A']).toBeGreaterThan(65);
    expect(counts['A']).toBeLessThan(135);
    expect((counts['A'] ?? 0) + (counts['B'] ?? 0)).toBe(400);
  });

  it('uses a lower priority tier only when the better one is unavailable', async () => {
    await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, priority: 0 });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, priority: 5 });
    const { key } = await gateway.addCaller();
    expect(await countServers(key, 20)).toEqual({ A: 20 });
    upstreams[A]!.setFault({ kind: 'status', status: 500 });
    expect(await countServers(key, 3, 'down')).toEqual({ B: 3 });
  });

  it('keeps groups apart', async () => {
    await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, groups: ['team-b'] });
    const teamB = await gateway.addCaller({ group: 'team-b' });
    const everyone = await gateway.addCaller();
    expect(await countServers(teamB.key, 10)).toEqual({ B: 10 });
    expect(await countServers(everyone.key, 10)).toEqual({ A: 10 });
    const all = await gateway.addCaller({ group: '*' });
    const counts = await countServers(all.key, 30);
    expect(Object.keys(counts).sort()).toEqual(['A', 'B']);
  });

  it('returns 503 no_provider in Anthropic format when nothing can serve the request', async () => {
    await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, enabled: false });
    const { key } = await gateway.addCaller();
    const result = await callMessages(gateway.url, { key });
    expect(result.status).toBe(503);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });
});

describe('session stickiness', () => {
  it('keeps a session on the provider that served it and moves it when that provider fails', async () => {
    for (const [i, name] of ['A', 'B', 'C'].entries()) await gateway.addProvider({ name, baseUrl: upstreams[i]!.url });
    const { key } = await gateway.addCaller();
    const first = servedBy(await callMessages(gateway.url, { key, sessionId: 'sticky-1' }))!;
    await new Promise((r) => setTimeout(r, 20)); // binding is written off the response path
    expect(await countServers(key, 15, 'sticky-1-same')).not.toEqual({ [first]: 15 }); // distinct sessions spread
    const same: string[] = [];
    for (let i = 0; i < 15; i++) same.push(servedBy(await callMessages(gateway.url, { key, sessionId: 'sticky-1' }))!);
    expect(new Set(same)).toEqual(new Set([first]));

    const failing = upstreams[['A', 'B', 'C'].indexOf(first)]!;
    failing.setFault({ kind: 'status', status: 500 });
    const moved = servedBy(await callMessages(gateway.url, { key, sessionId: 'sticky-1' }))!;
    expect(moved).not.toBe(first);
    failing.setFault(null);
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 5; i++) expect(servedBy(await callMessages(gateway.url, { key, sessionId: 'sticky-1' }))).toBe(moved);
  });

  it('sticks by the session inside metadata.user_id as Claude Code sends it', async () => {
    for (const [i, name] of ['A', 'B', 'C'].entries()) await gateway.addProvider({ name, baseUrl: upstreams[i]!.url });
    const { key } = await gateway.addCaller();
    const userId = JSON.stringify({ device_id: 'dev', account_uuid: '', session_id: 'meta-session-9' });
    const body = { model: 'claude-sonnet-4-5', max_tokens: 10, metadata: { user_id: userId }, messages: [{ role: 'user', content: 'hi' }] };
    const served = new Set<string>();
    for (let i = 0; i < 8; i++) {
      served.add(servedBy(await callMessages(gateway.url, { key, body, sessionId: '' }))!);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(served.size).toBe(1);
  });
});

describe('circuit breaker', () => {
  it('opens after N failures, lets a trial through when half-open and closes on success', async () => {
    const breaker = { failureThreshold: 2, openDurationMs: 400, halfOpenSuccesses: 1, countNetworkErrors: false };
    const a = await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, priority: 0, circuitBreaker: breaker });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, priority: 1 });
    const { key } = await gateway.addCaller();
    upstreams[A]!.setFault({ kind: 'status', status: 500 });
    await countServers(key, 2, 'trip');
    await new Promise((r) => setTimeout(r, 20));
    const [state] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(state).toMatchObject({ status: 'open' });
    expect(state?.reason).toMatch(/upstream_5xx/);

    upstreams[A]!.reset();
    expect(await countServers(key, 3, 'open')).toEqual({ B: 3 });
    expect(upstreams[A]!.requests).toHaveLength(0); // open: A is not even tried

    await new Promise((r) => setTimeout(r, 450));
    expect(await countServers(key, 1, 'half-open')).toEqual({ A: 1 });
    await new Promise((r) => setTimeout(r, 20));
    const [closed] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(closed?.status).toBe('closed');
  });

  it('reopens when the half-open trial fails', async () => {
    const breaker = { failureThreshold: 1, openDurationMs: 300, halfOpenSuccesses: 2, countNetworkErrors: false };
    const a = await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, priority: 0, circuitBreaker: breaker });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, priority: 1 });
    const { key } = await gateway.addCaller();
    upstreams[A]!.setFault({ kind: 'status', status: 503 });
    await countServers(key, 1, 'trip');
    await new Promise((r) => setTimeout(r, 350));
    expect(await countServers(key, 1, 'trial')).toEqual({ B: 1 }); // trial went to A, failed, fell over to B
    await new Promise((r) => setTimeout(r, 20));
    const [state] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(state?.status).toBe('open');
  });

  it('cools a provider down after a 429 with retry-after without opening its breaker', async () => {
    const a = await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, priority: 0 });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[B]!.url, priority: 1 });
    const { key } = await gateway.addCaller();
    upstreams[A]!.queueFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    expect(await countServers(key, 1, 'limited')).toEqual({ B: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(await countServers(key, 2, 'cooling')).toEqual({ B: 2 });
    const [state] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(state?.failures ?? 0).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await countServers(key, 1, 'cooled')).toEqual({ A: 1 });
  });
});
