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

const [A, B, _C] = [0, 1, 2];

async function countServers(
  key: string,
  requests: number,
  sessionPrefix = 'distinct',
): Promise<Record<string, number>> {
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

  it('answers a request no provider is configured to serve with a 400 that says why', async () => {
    await gateway.addProvider({ name: 'A', baseUrl: upstreams[A]!.url, enabled: false });
    await gateway.addProvider({ name: 'B', baseUrl: upstreams[A]!.url, groups: ['vip'] });
    await gateway.addProvider({ name: 'C', type: 'codex', baseUrl: upstreams[A]!.url });
    const { key } = await gateway.addCaller();
    const result = await callMessages(gateway.url, { key });
    expect(result.status).toBe(400); // clients do not retry it for minutes
    expect(result.json).toMatchObject({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: expect.stringMatching(
          /No provider serves this request; 3 providers: 1 disabled, 1 in other groups, 1 not serving this API\./,
        ),
      },
    });
  });

  it('answers 503 with Retry-After while circuits are open, final when they stay open for long', async () => {
    const open = async (name: string, openDurationMs: number) => {
      const provider = await gateway.addProvider({ name, baseUrl: upstreams[A]!.url, groups: [name] });
      await gateway.runtime.store.recordBreakerOutcome({
        key: `breaker:${provider.id}`,
        outcome: 'failure',
        now: Date.now(),
        failureThreshold: 1,
        openDurationMs,
        halfOpenSuccesses: 1,
        reason: 'test',
      });
      return (await gateway.addCaller({ group: name })).key;
    };
    const soon = await callMessages(gateway.url, { key: await open('soon', 20_000) });
    expect(soon.status).toBe(503);
    expect(Number(soon.headers.get('retry-after'))).toBeGreaterThan(10);
    expect(soon.headers.get('x-should-retry')).toBeNull(); // worth retrying
    expect(soon.json).toMatchObject({
      error: { type: 'overloaded_error', message: expect.stringMatching(/1 with an open circuit/) },
    });

    const later = await callMessages(gateway.url, { key: await open('later', 30 * 60_000) });
    expect(later.status).toBe(503);
    expect(Number(later.headers.get('retry-after'))).toBeGreaterThan(1700);
    expect(later.headers.get('x-should-retry')).toBe('false'); // Claude Code shows it instead of retrying
    expect(later.json).toMatchObject({ error: { message: expect.stringMatching(/may take requests again in \d+ s/) } });
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
    for (let i = 0; i < 5; i++)
      expect(servedBy(await callMessages(gateway.url, { key, sessionId: 'sticky-1' }))).toBe(moved);
  });

  it('sticks by the session inside metadata.user_id as Claude Code sends it', async () => {
    for (const [i, name] of ['A', 'B', 'C'].entries()) await gateway.addProvider({ name, baseUrl: upstreams[i]!.url });
    const { key } = await gateway.addCaller();
    const userId = JSON.stringify({ device_id: 'dev', account_uuid: '', session_id: 'meta-session-9' });
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 10,
      metadata: { user_id: userId },
      messages: [{ role: 'user', content: 'hi' }],
    };
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
    // long enough that the requests below finish inside it on a loaded machine
    const breaker = { failureThreshold: 2, openDurationMs: 1500, halfOpenSuccesses: 1, countNetworkErrors: false };
    const a = await gateway.addProvider({
      name: 'A',
      baseUrl: upstreams[A]!.url,
      priority: 0,
      circuitBreaker: breaker,
    });
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

    await new Promise((r) => setTimeout(r, 1550));
    expect(await countServers(key, 1, 'half-open')).toEqual({ A: 1 });
    await new Promise((r) => setTimeout(r, 20));
    const [closed] = await gateway.runtime.store.getBreakers([`breaker:${a.id}`]);
    expect(closed?.status).toBe('closed');
  });

  it('reopens when the half-open trial fails', async () => {
    const breaker = { failureThreshold: 1, openDurationMs: 300, halfOpenSuccesses: 2, countNetworkErrors: false };
    const a = await gateway.addProvider({
      name: 'A',
      baseUrl: upstreams[A]!.url,
      priority: 0,
      circuitBreaker: breaker,
    });
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
