import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';
import { CHAT, postJson, type ProtocolCase, RESPONSES, servedBy } from './support/protocol-client.js';

let gateway: GatewayHarness;
let upstreamA: MockUpstream;
let upstreamB: MockUpstream;
let key: string;

const PROVIDER_KEY_A = 'sk-openai-provider-A-secret-0123456789';
const PROVIDER_KEY_B = 'sk-openai-provider-B-secret-9876543210';

beforeAll(async () => {
  [gateway, upstreamA, upstreamB] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'A' }),
    startMockUpstream({ name: 'B' }),
  ]);
  for (const type of ['codex', 'openai-compatible'] as const) {
    await gateway.addProvider({
      name: `${type}-A`,
      type,
      baseUrl: `${upstreamA.url}/v1`,
      apiKey: PROVIDER_KEY_A,
      priority: 0,
      retryBudget: 1,
    });
    await gateway.addProvider({
      name: `${type}-B`,
      type,
      baseUrl: upstreamB.url,
      apiKey: PROVIDER_KEY_B,
      priority: 1,
      retryBudget: 1,
    });
  }
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

describe.each([RESPONSES, CHAT])('$name', (protocol: ProtocolCase) => {
  it('answers a JSON request through the right provider type, with Bearer upstream and no key leaked', async () => {
    const result = await protocol.call(gateway.url, { key });
    expect(result.status).toBe(200);
    expect(servedBy(result)).toBe('A');
    expect(result.text).toContain('hello from A: say hi');
    expect(result.text).not.toContain(PROVIDER_KEY_A);
    const seen = upstreamA.requests[0]!;
    expect(seen.headers.authorization).toBe(`Bearer ${PROVIDER_KEY_A}`);
    expect(JSON.stringify(seen)).not.toContain(key);
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      statusCode: 200,
      protocol: protocol === RESPONSES ? 'openai-responses' : 'openai-chat',
      requestedModel: protocol.model,
      isStream: false,
      cacheReadTokens: 100,
    });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(row.outputTokens).toBeGreaterThan(0);
    expect(Number(row.costUsd)).toBeGreaterThan(0);
  });

  it('streams the answer and bills the usage tapped from the stream', async () => {
    const result = await protocol.call(gateway.url, { key, stream: true });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/event-stream');
    expect(result.text).toMatch(protocol.streamEnd);
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({ statusCode: 200, isStream: true, cacheReadTokens: 100, reasoningTokens: 8 });
    expect(row.outputTokens).toBeGreaterThan(0);
    expect(Number(row.costUsd)).toBeGreaterThan(0);
  });

  const faults = [
    { fault: { kind: 'status', status: 500 }, stream: true },
    { fault: { kind: 'error-event' }, stream: true },
    { fault: { kind: 'error-event' }, stream: false },
    { fault: { kind: 'empty-200' }, stream: false },
    { fault: { kind: 'html-200' }, stream: true },
  ] as const;
  for (const { fault, stream } of faults) {
    const status = 'status' in fault ? ` ${fault.status}` : '';
    it(`fails over on ${fault.kind}${status} (${stream ? 'stream' : 'JSON'})`, async () => {
      upstreamA.setFault(fault);
      const result = await protocol.call(gateway.url, { key, stream });
      expect(result.status).toBe(200);
      expect(servedBy(result)).toBe('B');
      if (stream) expect(result.text).toMatch(protocol.streamEnd);
      expect(upstreamA.requests.length).toBeGreaterThan(0);
      const row = await logRowOf(gateway, result);
      expect(row.decisionChain).toMatchObject({
        attempts: [{ status: expect.any(Number) }, { reason: 'failover', status: 200 }],
      });
    });
  }

  it('passes a 400 through unretried, in OpenAI format', async () => {
    upstreamA.setFault({ kind: 'invalid-request' });
    const result = await protocol.call(gateway.url, { key });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 'context_length_exceeded' } });
    expect(upstreamA.requests).toHaveLength(1);
    expect(upstreamB.requests).toHaveLength(0);
  });

  it('writes its own errors in OpenAI format', async () => {
    const missing = await protocol.call(gateway.url, {});
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ error: { type: 'invalid_request_error', code: 'missing_api_key' } });
    upstreamA.setFault({ kind: 'status', status: 500 });
    upstreamB.setFault({ kind: 'status', status: 500 });
    const failed = await protocol.call(gateway.url, { key });
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({
      error: { type: 'server_error', message: expect.stringMatching(/last: HTTP 500 .*request id: req_/) },
    });
    expect(failed.text).not.toContain(upstreamA.url);
  });

  it('ends a stream broken after bytes went out with a protocol error event', async () => {
    upstreamA.setFault({ kind: 'reset-mid-stream', afterChunks: 3 });
    const result = await protocol.call(gateway.url, { key, stream: true });
    expect(result.status).toBe(200);
    expect(result.text).toMatch(
      protocol === RESPONSES
        ? /event: error\ndata: \{"type":"error","code":"stream_interrupted"/
        : /data: \{"error":\{.*"code":"stream_interrupted"/,
    );
    expect(upstreamB.requests).toHaveLength(0);
  });
});

describe('OpenAI specifics', () => {
  it('asks for usage in the last chunk of a streaming Chat Completions request, then rewrites the body', async () => {
    await CHAT.call(gateway.url, { key, stream: true });
    expect(JSON.parse(upstreamA.requests[0]!.body)).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
    const body = { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }], temperature: 0.5 };
    const raw = `${JSON.stringify(body, null, 2)}\n`;
    await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: raw,
    });
    expect(upstreamA.requests[1]!.body).toBe(raw);
  });

  it('forwards Codex headers and the compact endpoint to codex providers', async () => {
    const result = await RESPONSES.call(gateway.url, {
      key,
      headers: {
        'session-id': 'codex-s1',
        'x-codex-turn-metadata': '{"turn":1}',
        'openai-beta': 'responses=experimental',
      },
    });
    expect(result.status).toBe(200);
    expect(upstreamA.requests[0]!.path).toBe('/v1/responses');
    expect(upstreamA.requests[0]!.headers).toMatchObject({
      'session-id': 'codex-s1',
      'x-codex-turn-metadata': '{"turn":1}',
      'openai-beta': 'responses=experimental',
    });
    const compact = await postJson(
      `${gateway.url}/v1/responses/compact`,
      { authorization: `Bearer ${key}` },
      {
        model: 'gpt-5-codex',
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'long history' }] }],
      },
    );
    expect(compact.status).toBe(200);
    expect(upstreamA.requests[1]!.path).toBe('/v1/responses/compact');
    expect((await logRowOf(gateway, compact)).endpoint).toBe('openai-responses.compact');
  });

  it('applies a model redirect to the body', async () => {
    const provider = await gateway.addProvider({
      name: 'codex-redirect',
      type: 'codex',
      baseUrl: upstreamA.url,
      priority: -1,
      groups: ['redirect'],
      modelRedirects: [{ match: 'exact', pattern: 'gpt-5-codex', target: 'gpt-5.1-codex' }],
    });
    const caller = await gateway.addCaller({ group: 'redirect' });
    const result = await RESPONSES.call(gateway.url, { key: caller.key });
    expect(result.status).toBe(200);
    expect(JSON.parse(upstreamA.requests[0]!.body)).toMatchObject({ model: 'gpt-5.1-codex' });
    expect(await logRowOf(gateway, result)).toMatchObject({
      requestedModel: 'gpt-5-codex',
      upstreamModel: 'gpt-5.1-codex',
      providerId: provider.id,
    });
  });

  it('lists models in OpenAI format for Bearer callers', async () => {
    const response = await fetch(`${gateway.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } });
    const list = (await response.json()) as { object: string; data: { id: string; object: string }[] };
    expect(list.object).toBe('list');
    expect(list.data.map((m) => m.id)).toContain('gpt-5-codex');
  });
});
