import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';
import { postJson, servedBy } from './support/protocol-client.js';

let gateway: GatewayHarness;
let upstreamA: MockUpstream;
let upstreamB: MockUpstream;
let key: string;

const PROVIDER_KEY_A = 'AIza-provider-A-secret-0123456789';
/** Each call its own conversation, so a binding from an earlier test does not steer it. */
const fresh = (headers: Record<string, string> = {}) => ({ 'x-gemini-session-id': randomUUID(), ...headers });
const contents = [{ role: 'user', parts: [{ text: 'say hi' }] }];

beforeAll(async () => {
  [gateway, upstreamA, upstreamB] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'A' }),
    startMockUpstream({ name: 'B' }),
  ]);
  await gateway.addProvider({
    name: 'gemini-A',
    type: 'gemini',
    baseUrl: upstreamA.url,
    apiKey: PROVIDER_KEY_A,
    priority: 0,
    retryBudget: 1,
  });
  await gateway.addProvider({ name: 'gemini-B', type: 'gemini', baseUrl: upstreamB.url, priority: 1, retryBudget: 1 });
  await gateway.addProvider({ name: 'cli-A', type: 'gemini-cli', baseUrl: upstreamA.url, apiKey: PROVIDER_KEY_A });
  ({ key } = await gateway.addCaller());
});

afterAll(async () => {
  await Promise.all([gateway?.close(), upstreamA?.close(), upstreamB?.close()]);
});

beforeEach(() => {
  upstreamA.reset();
  upstreamB.reset();
});

const geminiUrl = (method: string, model = 'gemini-2.5-flash', version = 'v1beta') =>
  `${gateway.url}/${version}/models/${model}:${method}`;

describe('Gemini API specifics', () => {
  it('relays streamGenerateContent without alt=sse as a JSON array and bills its last usage', async () => {
    const result = await postJson(geminiUrl('streamGenerateContent'), fresh({ 'x-goog-api-key': key }), { contents });
    expect(result.status).toBe(200);
    expect(Array.isArray(result.json)).toBe(true);
    expect((result.json as unknown[]).length).toBe(5);
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      endpoint: 'gemini.stream_generate_content',
      isStream: true,
      outputTokens: 5 + 8,
      cacheReadTokens: 100,
    });
  });

  it('fails over when a JSON-array stream starts with an error', async () => {
    upstreamA.setFault({ kind: 'error-event' });
    const result = await postJson(geminiUrl('streamGenerateContent'), fresh({ 'x-goog-api-key': key }), { contents });
    expect(servedBy(result)).toBe('B');
  });

  it('accepts ?key= and never forwards, logs or echoes it', async () => {
    const ok = await postJson(`${geminiUrl('generateContent')}?key=${key}`, fresh(), { contents });
    expect(ok.status).toBe(200);
    expect(upstreamA.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(JSON.stringify(upstreamA.requests[0])).not.toContain(key);
    const sse = await postJson(`${geminiUrl('streamGenerateContent')}?alt=sse&key=${key}`, fresh(), { contents });
    expect(upstreamA.requests[1]!.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    upstreamA.setFault({ kind: 'status', status: 500 });
    upstreamB.setFault({
      kind: 'status',
      status: 500,
      body: `{"error":{"code":500,"message":"bad key ${PROVIDER_KEY_A} at ?key=${key}"}}`,
    });
    const failed = await postJson(`${geminiUrl('generateContent')}?key=${key}`, fresh(), { contents });
    const unknown = await postJson(`${geminiUrl('explode')}?key=${key}`, fresh(), { contents });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
    for (const result of [ok, sse, failed, unknown]) expect(result.text).not.toContain(key);
    for (const result of [ok, sse, failed]) expect(JSON.stringify(await logRowOf(gateway, result))).not.toContain(key);
    expect(JSON.stringify(await logRowOf(gateway, failed))).not.toContain(PROVIDER_KEY_A);
  });

  it('applies a model redirect to the path and leaves the body untouched', async () => {
    const provider = await gateway.addProvider({
      name: 'gemini-redirect',
      type: 'gemini',
      baseUrl: upstreamA.url,
      groups: ['redirect'],
      modelRedirects: [{ match: 'exact', pattern: 'gemini-2.5-flash', target: 'gemini-3.5-flash' }],
    });
    const caller = await gateway.addCaller({ group: 'redirect' });
    const raw = JSON.stringify({ contents });
    const response = await fetch(`${geminiUrl('streamGenerateContent')}?alt=sse`, {
      method: 'POST',
      headers: fresh({ 'x-goog-api-key': caller.key, 'content-type': 'application/json' }),
      body: raw,
    });
    expect(await response.text()).toContain('"modelVersion":"gemini-3.5-flash"');
    expect(upstreamA.requests[0]!.path).toBe('/v1beta/models/gemini-3.5-flash:streamGenerateContent?alt=sse');
    expect(upstreamA.requests[0]!.body).toBe(raw);
    expect(await logRowOf(gateway, response)).toMatchObject({
      requestedModel: 'gemini-2.5-flash',
      upstreamModel: 'gemini-3.5-flash',
      providerId: provider.id,
    });
  });

  it('counts tokens and serves the /v1/models/... paths @google/genai uses', async () => {
    const counted = await postJson(geminiUrl('countTokens'), fresh({ 'x-goog-api-key': key }), { contents });
    expect(counted.json).toMatchObject({ totalTokens: expect.any(Number) });
    expect((await logRowOf(gateway, counted)).endpoint).toBe('gemini.count_tokens');
    const v1 = await postJson(
      geminiUrl('generateContent', 'gemini-2.5-flash', 'v1'),
      fresh({ 'x-goog-api-key': key }),
      { contents },
    );
    expect(v1.status).toBe(200);
    expect(upstreamA.requests[1]!.path).toBe('/v1/models/gemini-2.5-flash:generateContent');
  });

  it('lists models in Gemini format on /v1beta/models and on /v1/models for x-goog-api-key callers', async () => {
    for (const path of ['/v1beta/models', `/v1beta/models?key=${key}`, '/v1/models']) {
      const response = await fetch(`${gateway.url}${path}`, {
        headers: path.includes('key=') ? {} : fresh({ 'x-goog-api-key': key }),
      });
      const list = (await response.json()) as { models: { name: string }[] };
      expect(list.models.map((m) => m.name)).toContain('models/gemini-2.5-flash');
    }
  });
});

describe('Code Assist (Gemini CLI)', () => {
  it('forwards loadCodeAssist and onboardUser to gemini-cli providers without billing them', async () => {
    const load = await postJson(
      `${gateway.url}/v1internal:loadCodeAssist`,
      { authorization: `Bearer ${key}` },
      { metadata: { ideType: 'IDE_UNSPECIFIED' } },
    );
    expect(load.status).toBe(200);
    expect(load.json).toMatchObject({ cloudaicompanionProject: 'mock-project-A' });
    expect(upstreamA.requests[0]!).toMatchObject({
      path: '/v1internal:loadCodeAssist',
      headers: { authorization: `Bearer ${PROVIDER_KEY_A}` },
    });
    const onboard = await postJson(
      `${gateway.url}/v1internal:onboardUser`,
      { authorization: `Bearer ${key}` },
      { tierId: 'standard-tier' },
    );
    expect(onboard.json).toMatchObject({ done: true });
    expect(await logRowOf(gateway, onboard)).toMatchObject({ endpoint: 'gemini-cli.auxiliary', costUsd: '0' });
  });

  it('answers an unknown /v1internal path in Google format', async () => {
    const result = await postJson(`${gateway.url}/v1internal:no/such`, { authorization: `Bearer ${key}` }, {});
    expect(result.status).toBe(404);
    expect(result.json).toMatchObject({ error: { status: 'NOT_FOUND' } });
  });
});
