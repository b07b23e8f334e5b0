import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listRequestLogs } from '@cch/core';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, messageBody, servedBy } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstreamA: MockUpstream;
let upstreamB: MockUpstream;
let key: string;

const PROVIDER_KEY_A = 'sk-ant-provider-A-secret-0123456789';
const PROVIDER_KEY_B = 'sk-ant-provider-B-secret-9876543210';

beforeAll(async () => {
  [gateway, upstreamA, upstreamB] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'A' }),
    startMockUpstream({ name: 'B' }),
  ]);
  await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, apiKey: PROVIDER_KEY_A, priority: 0, retryBudget: 1 });
  await gateway.addProvider({
    name: 'B',
    baseUrl: `${upstreamB.url}/v1`,
    apiKey: PROVIDER_KEY_B,
    priority: 1,
    retryBudget: 1,
  });
  ({ key } = await gateway.addCaller());
});

afterAll(async () => {
  await Promise.all([gateway?.close(), upstreamA?.close(), upstreamB?.close()]);
});

beforeEach(async () => {
  upstreamA.reset();
  upstreamB.reset();
  for (const provider of gateway.runtime.cache.current().providers) {
    await gateway.runtime.store.resetBreaker(`breaker:${provider.id}`);
    await gateway.runtime.store.delete(`cooldown:${provider.id}`);
  }
});

describe('authentication', () => {
  it('refuses missing, unknown and conflicting keys with a 401 in Anthropic format', async () => {
    for (const options of [
      {},
      { key: 'sk-not-a-real-key' },
      { key, headers: { authorization: 'Bearer sk-another-key' } },
    ]) {
      const result = await callMessages(gateway.url, options);
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
      expect(result.headers.get('x-request-id')).toMatch(/^req_/);
    }
    expect(upstreamA.requests).toHaveLength(0);
  });

  it('accepts the key from Bearer, x-goog-api-key and ?key=', async () => {
    const bearer = await callMessages(gateway.url, { headers: { authorization: `Bearer ${key}` } });
    const goog = await callMessages(gateway.url, { headers: { 'x-goog-api-key': key } });
    const query = await callMessages(gateway.url, { path: `/v1/messages?key=${key}` });
    expect([bearer.status, goog.status, query.status]).toEqual([200, 200, 200]);
    expect(upstreamA.requests.every((r) => !r.path.includes(key))).toBe(true);
  });

  it('refuses disabled and expired keys and users', async () => {
    const disabledUser = await gateway.addCaller({ enabled: false });
    const expiredUser = await gateway.addCaller({ expiresAt: new Date(Date.now() - 1000) });
    const owner = await gateway.addUser();
    const disabledKey = await gateway.addKey(owner.id, { enabled: false });
    const expiredKey = await gateway.addKey(owner.id, { expiresAt: new Date(Date.now() - 1000) });
    const messages = [];
    for (const k of [disabledUser.key, expiredUser.key, disabledKey, expiredKey]) {
      const result = await callMessages(gateway.url, { key: k });
      expect(result.status).toBe(401);
      messages.push((result.json as { error: { message: string } }).error.message);
    }
    expect(messages.join(' | ')).toMatch(/user is disabled.*user has expired.*key is disabled.*key has expired/);
  });
});

describe('forwarding', () => {
  it('streams the answer and never leaks either key', async () => {
    const result = await callMessages(gateway.url, { key, stream: true });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/event-stream');
    expect(result.text).toContain('event: message_stop');
    expect(servedBy(result)).toBe('A');
    expect(result.text).not.toContain(PROVIDER_KEY_A);
    const seen = upstreamA.requests[0]!;
    expect(seen.headers['x-api-key']).toBe(PROVIDER_KEY_A);
    expect(JSON.stringify(seen.headers)).not.toContain(key);
    expect(seen.path).toBe('/v1/messages?beta=true');
    expect(seen.headers['anthropic-version']).toBe('2023-06-01');
  });

  it('keeps protocol headers and drops client IP and tracing headers', async () => {
    await callMessages(gateway.url, {
      key,
      headers: {
        'anthropic-beta': 'claude-code-20250219,interleaved-thinking-2025-05-14',
        'x-forwarded-for': '10.1.2.3',
        traceparent: '00-abc-def-01',
      },
    });
    const seen = upstreamA.requests[0]!.headers;
    expect(seen['anthropic-beta']).toBe('claude-code-20250219,interleaved-thinking-2025-05-14');
    expect(seen['x-forwarded-for']).toBeUndefined();
    expect(seen['traceparent']).toBeUndefined();
  });

  it('answers count_tokens and lists models in Anthropic format', async () => {
    const counted = await callMessages(gateway.url, {
      key,
      path: '/v1/messages/count_tokens',
      body: { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] },
    });
    expect(counted.status).toBe(200);
    expect(counted.json).toMatchObject({ input_tokens: expect.any(Number) });
    const models = await fetch(`${gateway.url}/v1/models`, {
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    });
    const list = (await models.json()) as { data: { id: string; type: string }[] };
    expect(list.data.map((m) => m.id)).toContain('claude-sonnet-4-5');
    expect(list.data[0]?.type).toBe('model');
  });

  it('answers HEAD / with 200 for Claude Code', async () => {
    expect((await fetch(`${gateway.url}/`, { method: 'HEAD' })).status).toBe(200);
  });

  it('writes a log row with tokens, durations, session and decision chain', async () => {
    await callMessages(gateway.url, { key, stream: true, sessionId: 'log-session-1' });
    await gateway.flushLogs();
    const page = await listRequestLogs(gateway.runtime.db, { sessionId: 'log-session-1' });
    const row = page.items[0]!;
    expect(row).toMatchObject({
      statusCode: 200,
      errorClass: null,
      requestedModel: 'claude-sonnet-4-5',
      cacheReadTokens: 100,
      isStream: true,
    });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(row.outputTokens).toBeGreaterThan(0);
    expect(row.ttfbMs).not.toBeNull();
    expect(row.decisionChain).toMatchObject({
      attempts: [{ providerName: 'A', reason: 'weighted_random', status: 200 }],
    });
    expect(Number(row.costUsd)).toBeGreaterThan(0);
  });
});

describe('failover', () => {
  const faults = [
    { kind: 'status', status: 500 },
    { kind: 'status', status: 529 },
    { kind: 'rate-limit', retryAfterSeconds: 1 },
    { kind: 'reset-before-headers' },
    { kind: 'html-200' },
    { kind: 'empty-200' },
    { kind: 'error-event' },
    { kind: 'auth' },
  ] as const;

  for (const fault of faults) {
    it(`moves to the next provider on ${fault.kind}${'status' in fault ? ` ${fault.status}` : ''}`, async () => {
      upstreamA.setFault(fault);
      const result = await callMessages(gateway.url, { key, stream: true });
      expect(result.status).toBe(200);
      expect(servedBy(result)).toBe('B');
      expect(result.text).toContain('event: message_stop');
      expect(upstreamA.requests.length).toBeGreaterThan(0);
    });
  }

  it('retries the same provider once on a connection reset before switching', async () => {
    upstreamA.queueFaults({ kind: 'reset-before-headers' });
    const result = await callMessages(gateway.url, { key });
    expect(servedBy(result)).toBe('A');
    expect(upstreamA.requests).toHaveLength(2);
    expect(upstreamB.requests).toHaveLength(0);
  });

  it('returns a 400 unretried and does not count it against the provider', async () => {
    upstreamA.setFault({ kind: 'invalid-request' });
    const result = await callMessages(gateway.url, { key });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(upstreamA.requests).toHaveLength(1);
    expect(upstreamB.requests).toHaveLength(0);
    const providerA = gateway.runtime.cache.current().providers.find((p) => p.name === 'A')!;
    const [breaker] = await gateway.runtime.store.getBreakers([`breaker:${providerA.id}`]);
    expect(breaker?.failures ?? 0).toBe(0);
  });

  it('ends a stream that breaks after bytes went out with an Anthropic error event', async () => {
    upstreamA.setFault({ kind: 'reset-mid-stream', afterChunks: 3 });
    const result = await callMessages(gateway.url, { key, stream: true });
    expect(result.status).toBe(200);
    expect(result.text).toContain('event: message_start');
    expect(result.text).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"api_error"/);
    expect(upstreamB.requests).toHaveLength(0);
  });

  it('fails over when the first byte never comes', async () => {
    const providerA = gateway.runtime.cache.current().providers.find((p) => p.name === 'A')!;
    await gateway.runtime.db
      .updateTable('providers')
      .set({ timeouts: JSON.stringify({ ...providerA.timeouts, firstByteMs: 300, totalMs: 300 }) })
      .where('id', '=', providerA.id)
      .execute();
    await gateway.runtime.cache.changed('providers');
    upstreamA.setFault({ kind: 'hang' });
    const started = Date.now();
    const result = await callMessages(gateway.url, { key, stream: true });
    expect(servedBy(result)).toBe('B');
    expect(Date.now() - started).toBeLessThan(3000);
    await gateway.runtime.db
      .updateTable('providers')
      .set({ timeouts: JSON.stringify(providerA.timeouts) })
      .where('id', '=', providerA.id)
      .execute();
    await gateway.runtime.cache.changed('providers');
  });

  it('answers in Anthropic format when every provider fails', async () => {
    upstreamA.setFault({ kind: 'status', status: 500 });
    upstreamB.setFault({ kind: 'status', status: 500 });
    const result = await callMessages(gateway.url, { key });
    expect(result.status).toBe(500);
    expect(result.json).toMatchObject({
      type: 'error',
      error: {
        type: 'api_error',
        message: expect.stringMatching(/2 upstream attempts failed; last: HTTP 500 api_error/),
      },
    });
    expect(result.text).not.toContain(upstreamA.url);
    upstreamA.setFault({ kind: 'status', status: 529 });
    upstreamB.setFault({ kind: 'status', status: 529 });
    const overloaded = await callMessages(gateway.url, { key });
    expect(overloaded.status).toBe(529);
    expect(overloaded.json).toMatchObject({ error: { type: 'overloaded_error' } });
  });
});

describe('invalid input', () => {
  it('refuses a body that is not JSON in Anthropic format and changes nothing', async () => {
    const response = await fetch(`${gateway.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: '{"model": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(upstreamA.requests).toHaveLength(0);
  });

  it('answers the Claude Code warm-up probe locally', async () => {
    const result = await callMessages(gateway.url, {
      key,
      body: messageBody({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Warmup' }] }] }),
    });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ type: 'message', role: 'assistant' });
    expect(upstreamA.requests).toHaveLength(0);
  });
});
