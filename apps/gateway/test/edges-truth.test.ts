import { setSetting, UNKNOWN_MODEL_POLICY_SETTING } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { withLimits } from './support/limit-fixtures.js';
import { logRowOf } from './support/log-rows.js';
import { CHAT, CODE_ASSIST, GEMINI, type ProtocolCase, RESPONSES } from './support/protocol-client.js';

/** Each client is told the truth, in the shape that makes it stop when it should. */

let upstream: MockUpstream;
let gateway: GatewayHarness;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
  gateway = await startGateway();
  for (const type of ['claude', 'openai-compatible', 'codex', 'gemini', 'gemini-cli'] as const) {
    await gateway.addProvider({ type, baseUrl: upstream.url });
  }
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
});

/** A caller whose daily budget is already spent (one request costs far more than $0.000001). */
async function spentCaller(): Promise<string> {
  const { key } = await gateway.addCaller({ limits: withLimits({ usdDaily: '0.000001' }) });
  expect((await callMessages(gateway.url, { key })).status).toBe(200);
  for (let i = 0; i < 50; i++) {
    if ((await callMessages(gateway.url, { key })).status === 402) return key; // settled off the response path
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the budget was never spent');
}

describe('a spent USD window', () => {
  let key: string;
  beforeAll(async () => {
    key = await spentCaller();
  });

  it('Claude Code: 402 billing_error naming the limit and its reset, not to be retried', async () => {
    const refused = await callMessages(gateway.url, { key });
    expect(refused.status).toBe(402);
    expect(refused.headers.get('x-should-retry')).toBe('false');
    expect(refused.json).toMatchObject({
      error: { type: 'billing_error', message: expect.stringMatching(/User daily USD limit reached: .* Resets at/) },
    });
  });

  it('OpenAI clients: 429 insufficient_quota, which the SDKs treat as final', async () => {
    const refused = await CHAT.call(gateway.url, { key });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-should-retry')).toBe('false');
    expect(refused.json).toMatchObject({
      error: { type: 'insufficient_quota', code: 'insufficient_quota', message: expect.stringMatching(/Resets at/) },
    });
  });

  it('Codex: usage_limit_reached with the reset time, which it shows and stops on', async () => {
    const refused = await RESPONSES.call(gateway.url, { key, stream: true });
    expect(refused.status).toBe(429);
    const error = (refused.json as { error: Record<string, unknown> }).error; // checked field by field
    expect(error).toMatchObject({ type: 'usage_limit_reached', code: 'insufficient_quota', plan_type: 'team' });
    expect(Number(error['resets_at'])).toBeGreaterThan(Date.now() / 1000);
  });

  it.each([GEMINI, CODE_ASSIST])(
    '%s: 429 RESOURCE_EXHAUSTED with a RetryInfo delay past the CLI’s patience',
    async (p: ProtocolCase) => {
      const refused = await p.call(gateway.url, { key });
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({
        error: {
          code: 429,
          status: 'RESOURCE_EXHAUSTED',
          message: expect.stringMatching(/User daily USD limit reached/),
          details: [
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: expect.stringMatching(/^\d+s$/) },
          ],
        },
      });
    },
  );
});

describe('endpoints the SDKs call', () => {
  it('GET /v1/models/{id} in the Anthropic and OpenAI shapes, 404 for a model nobody serves', async () => {
    const { key } = await gateway.addCaller();
    const anthropic = await fetch(`${gateway.url}/v1/models/claude-sonnet-4-5`, {
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    });
    expect(await anthropic.json()).toMatchObject({ type: 'model', id: 'claude-sonnet-4-5' });
    const openai = await fetch(`${gateway.url}/v1/models/gpt-5`, { headers: { authorization: `Bearer ${key}` } });
    expect(await openai.json()).toMatchObject({ object: 'model', id: 'gpt-5' });
    const missing = await fetch(`${gateway.url}/v1/models/no-such-model`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: 'not_found_error' } });
  });

  it('GET /v1beta/models/{model} in Google’s shape', async () => {
    const { key } = await gateway.addCaller();
    const model = await fetch(`${gateway.url}/v1beta/models/gemini-2.5-flash`, { headers: { 'x-goog-api-key': key } });
    expect(await model.json()).toMatchObject({ name: 'models/gemini-2.5-flash' });
  });

  it('POST /v1/responses/input_tokens reaches a Responses provider and is not billed', async () => {
    const { key } = await gateway.addCaller({ limits: withLimits({ rpm: 1 }) });
    const body = { model: 'gpt-5-codex', input: 'count me' };
    const counted = await RESPONSES.call(gateway.url, { key });
    expect(counted.status).toBe(200);
    const tokens = await fetch(`${gateway.url}/v1/responses/input_tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(tokens.status).toBe(200); // not limited by the RPM the generate call used up
    expect(await tokens.json()).toMatchObject({ object: 'response.input_tokens', input_tokens: expect.any(Number) });
  });
});

describe('a model the price table does not know', () => {
  async function setPolicy(policy: string | null): Promise<void> {
    await setSetting(gateway.runtime.db, UNKNOWN_MODEL_POLICY_SETTING, policy);
    await gateway.runtime.cache.changed('settings');
  }

  it('is billed at its family’s newest price by default, and the log says so', async () => {
    const { key } = await gateway.addCaller();
    const known = await callMessages(gateway.url, { key, body: messageBody({ model: 'claude-sonnet-4-6' }) });
    const unknown = await callMessages(gateway.url, { key, body: messageBody({ model: 'claude-sonnet-9-9' }) });
    expect(unknown.status).toBe(200);
    const [knownRow, unknownRow] = [await logRowOf(gateway, known), await logRowOf(gateway, unknown)];
    expect(Number(unknownRow.costUsd)).toBeGreaterThan(0);
    expect(unknownRow.costUsd).toBe(knownRow.costUsd); // same usage, priced as claude-sonnet-4-6
    const detail = await gateway.runtime.db
      .selectFrom('requestLogs')
      .select('decisionChain')
      .where('requestId', '=', unknown.headers.get('x-request-id')!)
      .executeTakeFirstOrThrow();
    expect(detail.decisionChain).toMatchObject({ pricing: { estimatedFrom: 'claude-sonnet-4-6' } });
  });

  it('is refused before it is sent when the policy says reject, and free when it says free', async () => {
    const { key } = await gateway.addCaller();
    try {
      await setPolicy('reject');
      const before = upstream.requestCount;
      const refused = await callMessages(gateway.url, { key, body: messageBody({ model: 'claude-sonnet-9-9' }) });
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ error: { message: expect.stringMatching(/has no price yet/) } });
      expect(upstream.requestCount).toBe(before);
      expect((await callMessages(gateway.url, { key })).status).toBe(200); // known models still pass

      await setPolicy('free');
      const free = await callMessages(gateway.url, { key, body: messageBody({ model: 'claude-sonnet-9-9' }) });
      expect((await logRowOf(gateway, free)).costUsd).toBe('0');
    } finally {
      await setPolicy(null);
    }
  });
});
