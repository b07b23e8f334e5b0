import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';
import { CHAT, CODE_ASSIST, GEMINI, type ProtocolCase, RESPONSES, servedBy } from './support/protocol-client.js';
import { type DecisionChain, DEFAULT_CIRCUIT_BREAKER, getRequestLog, type ProviderType } from '@cch/core';

/** Every failure before content fails over, counts against its provider, and bills nothing. */

const ANTHROPIC: ProtocolCase = {
  name: 'Anthropic Messages',
  providerType: 'claude',
  model: 'claude-sonnet-4-5',
  streamEnd: /event: message_stop/,
  call: async (url, o) => {
    const response = await fetch(`${url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': o.key ?? '', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5',
        max_tokens: 64,
        stream: o.stream ?? false,
        messages: [{ role: 'user', content: o.prompt ?? 'say hi' }],
      }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, headers: response.headers, text, json };
  },
};

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

describe('an error after the stream opened', () => {
  let gateway: GatewayHarness;
  let key: string;
  const firstChoice = new Map<ProviderType, string>();

  beforeAll(async () => {
    gateway = await startGateway();
    for (const protocol of [ANTHROPIC, CHAT, RESPONSES, GEMINI, CODE_ASSIST]) {
      const type = protocol.providerType;
      const a = await gateway.addProvider({
        name: `A-${type}`,
        type,
        baseUrl: upstreamA.url,
        priority: 0,
        retryBudget: 0,
      });
      await gateway.addProvider({ name: `B-${type}`, type, baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
      firstChoice.set(type, a.id);
    }
    key = (await gateway.addCaller()).key;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it.each([ANTHROPIC, CHAT, RESPONSES, GEMINI, CODE_ASSIST])(
    '%s: fails over to the next provider, counts against the first and bills only the answer',
    async (protocol) => {
      const a = firstChoice.get(protocol.providerType)!;
      upstreamA.setFault({ kind: 'error-event', variant: 'after-preamble' });
      const result = await protocol.call(gateway.url, { key, stream: true });
      expect(result.status).toBe(200);
      expect(servedBy(result)).toBe('B');
      expect(result.text).toMatch(protocol.streamEnd);
      expect(result.text).not.toContain('overloaded'); // nothing of A's failed stream reached the client

      const row = await logRowOf(gateway, result);
      expect(row.providerId).not.toBe(a);
      expect(Number(row.costUsd)).toBeGreaterThan(0); // B's answer, billed once
      const detail = await getRequestLog(gateway.runtime.db, row.id);
      const chain = detail?.decisionChain as DecisionChain; // written by the record step in this shape
      expect(chain.attempts.map((attempt) => attempt.errorClass)).toEqual(['stream_error_event', null]);
      const [breaker] = await gateway.runtime.store.getBreakers([`breaker:${a}`]);
      expect(breaker?.failures).toBe(1);
    },
  );
});

describe('attempts per request and the retry budget', () => {
  it('stops after MAX_ATTEMPTS_PER_REQUEST attempts and says so', async () => {
    const gateway = await startGateway({ env: { MAX_ATTEMPTS_PER_REQUEST: '2', MAX_PROVIDERS_PER_REQUEST: '3' } });
    try {
      for (const name of ['A', 'B', 'C']) {
        await gateway.addProvider({ name, baseUrl: name === 'B' ? upstreamB.url : upstreamA.url, retryBudget: 2 });
      }
      const { key } = await gateway.addCaller();
      upstreamA.setFault({ kind: 'reset-before-headers' });
      upstreamB.setFault({ kind: 'reset-before-headers' });
      const result = await ANTHROPIC.call(gateway.url, { key });
      expect(result.status).toBe(502);
      expect(result.text).toMatch(/2 upstream attempts failed \(stopped early: the attempt limit per request/);
      expect(upstreamA.requestCount + upstreamB.requestCount).toBe(2);
    } finally {
      await gateway.close();
    }
  });

  it('does not retry once the gateway-wide retry budget is spent', async () => {
    const gateway = await startGateway({ env: { RETRY_BUDGET_PERCENT: '0', RETRY_BUDGET_MIN: '0' } });
    try {
      await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, priority: 0, retryBudget: 3 });
      await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1 });
      const { key } = await gateway.addCaller();
      upstreamA.setFault({ kind: 'status', status: 500 });
      const result = await ANTHROPIC.call(gateway.url, { key });
      expect(result.status).toBe(500);
      expect(result.text).toMatch(/retry budget is spent/);
      expect(upstreamA.requestCount).toBe(1);
      expect(upstreamB.requestCount).toBe(0);
    } finally {
      await gateway.close();
    }
  });
});

describe('hung and unreachable providers', () => {
  it('count toward the breaker by default, so a hung provider stops costing every request its timeout', async () => {
    const gateway = await startGateway();
    try {
      const hung = await gateway.addProvider({
        name: 'A',
        baseUrl: upstreamA.url,
        priority: 0,
        retryBudget: 0,
        timeouts: { connectMs: 1000, firstByteMs: 150, streamIdleMs: 1000, totalMs: 150, hedgeAfterMs: null },
        // the default breaker settings, only quicker to open
        circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER, failureThreshold: 2, openDurationMs: 60_000 },
      });
      expect(DEFAULT_CIRCUIT_BREAKER.countNetworkErrors).toBe(true);
      await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1 });
      const { key } = await gateway.addCaller();
      upstreamA.setFault({ kind: 'hang' });
      // distinct conversations, so no session binding keeps them on B
      for (let i = 0; i < 2; i++) {
        expect(servedBy(await ANTHROPIC.call(gateway.url, { key, prompt: `hi ${i}` }))).toBe('B');
      }
      await new Promise((resolve) => setTimeout(resolve, 30)); // breaker updates are written off the response path
      const [state] = await gateway.runtime.store.getBreakers([`breaker:${hung.id}`]);
      expect(state?.status).toBe('open');
      const triedA = upstreamA.requestCount;
      expect(servedBy(await ANTHROPIC.call(gateway.url, { key, prompt: 'hi 3' }))).toBe('B');
      expect(upstreamA.requestCount).toBe(triedA); // A is skipped, not waited for
    } finally {
      await gateway.close();
    }
  });
});
