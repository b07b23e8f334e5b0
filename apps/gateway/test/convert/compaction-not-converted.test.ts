/**
 * Codex's compaction endpoint is never answered by a converted provider (its answer is a compacted
 * history, not a response): a provider that would convert is filtered out, and with no native
 * provider the caller gets a 400 in the Responses shape. Against the real gateway and mock upstream.
 */
import type { DecisionChain } from '@cch/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { postJson } from '../support/protocol-client.js';

let upstream: MockUpstream;
let gateway: GatewayHarness;
let key: string;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
});
afterAll(async () => {
  await upstream?.close();
});
beforeEach(() => upstream.reset());
afterEach(async () => {
  await gateway?.close();
});

async function start(...providers: Parameters<GatewayHarness['addProvider']>[0][]) {
  gateway = await startGateway();
  for (const provider of providers) await gateway.addProvider({ retryBudget: 0, ...provider });
  ({ key } = await gateway.addCaller());
}

const claudeForCodex = {
  name: 'claude-for-codex',
  type: 'claude' as const,
  priority: 0,
  acceptedFormats: ['openai-responses' as const],
  modelRedirects: [{ match: 'prefix' as const, pattern: 'gpt-', target: 'claude-sonnet-4-6' }],
};

const compactBody = {
  model: 'gpt-5-codex',
  instructions: 'be brief',
  input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'summarise our work' }] }],
};

describe('Codex compaction (/v1/responses/compact)', () => {
  it('is refused with a 400 in the Responses shape when only a converting provider could take it', async () => {
    await start({ ...claudeForCodex, baseUrl: upstream.url });
    const result = await postJson(
      `${gateway.url}/v1/responses/compact`,
      { authorization: `Bearer ${key}` },
      compactBody,
    );
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringMatching(/\/v1\/responses\/compact .*natively.*claude-for-codex/),
      },
    });
    expect(upstream.requests).toHaveLength(0);
    // an ordinary Responses request is still converted for the same provider
    const converted = await postJson(`${gateway.url}/v1/responses`, { authorization: `Bearer ${key}` }, compactBody);
    expect(converted.status).toBe(200);
    expect(upstream.requests.at(-1)?.path).toBe('/v1/messages');
  });

  it('goes to the native Responses provider, the converting one filtered as protocol_unsupported', async () => {
    await start(
      { ...claudeForCodex, baseUrl: upstream.url },
      { name: 'codex', type: 'codex', priority: 5, baseUrl: `${upstream.url}/v1` },
    );
    const result = await postJson(
      `${gateway.url}/v1/responses/compact`,
      { authorization: `Bearer ${key}` },
      compactBody,
    );
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ object: 'response.compaction' });
    expect(upstream.requests.map((request) => request.path)).toEqual(['/v1/responses/compact']);
    const row = await logRowOf(gateway, result);
    const chain = row.decisionChain as DecisionChain; // written by the record step in this shape
    const protocolStep = chain.rounds[0]?.find((step) => step.step === 'protocol');
    expect(protocolStep?.dropped).toEqual([
      expect.objectContaining({ providerName: 'claude-for-codex', reason: 'protocol_unsupported' }),
    ]);
  });
});
