import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionChain } from '@cch/core';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';

/** Error rules and rectifiers, end to end against the mock upstream. */

let upstreamA: MockUpstream;
let upstreamB: MockUpstream;
let gateway: GatewayHarness;
let key: string;
let providerA: string;

function anthropicError(status: number, type: string, message: string) {
  return { kind: 'status' as const, status, body: JSON.stringify({ type: 'error', error: { type, message } }) };
}

let conversation = 0;

/** Each call is a new conversation, so no session binding carries a request to the provider of the last one. */
async function call(payload: Record<string, unknown> = {}) {
  conversation++;
  const response = await fetch(`${gateway.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: `say hi (${conversation})` }],
      ...payload,
    }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

async function rulesOf(result: { headers: Headers }) {
  const row = await logRowOf(gateway, result);
  return (row.decisionChain as DecisionChain).rules ?? [];
}

const signedHistory = () => [
  { role: 'user', content: `think about it (${conversation})` },
  {
    role: 'assistant',
    content: [
      { type: 'thinking', thinking: 'hmm', signature: 'sig-from-another-account' },
      { type: 'text', text: 'done' },
    ],
  },
  { role: 'user', content: 'and now?' },
];

beforeAll(async () => {
  upstreamA = await startMockUpstream({ name: 'A' });
  upstreamB = await startMockUpstream({ name: 'B' });
  gateway = await startGateway();
  providerA = (
    await gateway.addProvider({ name: 'A', type: 'claude', baseUrl: upstreamA.url, priority: 0, retryBudget: 0 })
  ).id;
  await gateway.addProvider({ name: 'B', type: 'claude', baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
  key = (await gateway.addCaller()).key;
});

afterAll(async () => {
  await gateway?.close();
  await upstreamA?.close();
  await upstreamB?.close();
});

beforeEach(() => {
  upstreamA.reset();
  upstreamB.reset();
});

describe('built-in error rules', () => {
  it('a prompt too long answers the client at once, even as a 500, and names the rule', async () => {
    upstreamA.setFault(anthropicError(500, 'api_error', 'prompt is too long: 250000 tokens > 200000 maximum'));
    const result = await call();
    expect(result.status).toBe(500);
    expect(JSON.parse(result.text)).toMatchObject({ type: 'error', error: { message: /prompt is too long/ } });
    expect(upstreamB.requests).toHaveLength(0);
    expect(await rulesOf(result)).toEqual([
      expect.objectContaining({ kind: 'error_rule', ruleId: 'builtin-prompt-too-long', action: 'answer_now' }),
    ]);
  });

  it('switched off, the same failure fails over to the next provider', async () => {
    const off = await adminFetch(gateway.url, 'PATCH', '/error-rules/builtin-prompt-too-long', {
      body: { enabled: false },
    });
    expect(off.status).toBe(200);
    try {
      upstreamA.setFault(anthropicError(500, 'api_error', 'prompt is too long: 250000 tokens > 200000 maximum'));
      const result = await call();
      expect(result.status).toBe(200);
      expect(result.headers.get('x-mock-upstream')).toBe('B');
      expect(await rulesOf(result)).toEqual([]);
    } finally {
      await adminFetch(gateway.url, 'PATCH', '/error-rules/builtin-prompt-too-long', { body: { enabled: true } });
    }
  });

  it('cannot be deleted', async () => {
    const response = await adminFetch(gateway.url, 'DELETE', '/error-rules/builtin-content-policy');
    expect(response.status).toBe(409);
  });
});

describe('admin error rules', () => {
  it('a 400 a relay gives for a model it lacks fails over when a rule says so', async () => {
    const fault = anthropicError(400, 'invalid_request_error', 'model claude-sonnet-4-5 not supported by this relay');
    upstreamA.setFault(fault);
    expect((await call()).status).toBe(400); // no rule: the caller's fault, answered as is

    const created = await adminFetch(gateway.url, 'POST', '/error-rules', {
      body: {
        name: 'relay lacks the model',
        match: { statuses: [400], pattern: 'not supported by this relay', providerIds: [providerA] },
        action: 'fail_over',
      },
    });
    expect(created.status).toBe(201);
    const id = String(body(created).id);
    try {
      const result = await call();
      expect(result.status).toBe(200);
      expect(result.headers.get('x-mock-upstream')).toBe('B');
      expect(await rulesOf(result)).toEqual([expect.objectContaining({ ruleId: id, action: 'fail_over' })]);
    } finally {
      expect((await adminFetch(gateway.url, 'DELETE', `/error-rules/${id}`)).status).toBe(200);
    }
  });

  it('replaces the status and message the client sees, in its protocol shape', async () => {
    const created = await adminFetch(gateway.url, 'POST', '/error-rules', {
      body: {
        name: 'overload is final',
        match: { errorTypes: ['overloaded_error'] },
        action: 'answer_now',
        override: { status: 503, message: 'The team quota is busy; try again in a minute.' },
      },
    });
    const id = String(body(created).id);
    try {
      upstreamA.setFault(anthropicError(529, 'overloaded_error', 'Overloaded'));
      const result = await call();
      expect(result.status).toBe(503);
      expect(JSON.parse(result.text)).toMatchObject({
        type: 'error',
        error: {
          type: 'overloaded_error',
          message: expect.stringMatching(/^The team quota is busy; try again in a minute./),
        },
      });
      expect(upstreamB.requests).toHaveLength(0);
    } finally {
      await adminFetch(gateway.url, 'DELETE', `/error-rules/${id}`);
    }
  });

  it('the test endpoint says which rule matches a sample and what would happen', async () => {
    const sample = JSON.stringify({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: 'messages.1.content.0: Invalid `signature` in `thinking` block',
      },
    });
    const response = await adminFetch(gateway.url, 'POST', '/error-rules/test', {
      body: { status: 400, body: sample },
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      errorType: 'invalid_request_error',
      rule: { id: 'builtin-thinking-signature' },
      decision: { action: 'rectify_signature', countsForBreaker: false },
    });
    const plain = await adminFetch(gateway.url, 'POST', '/error-rules/test', {
      body: { status: 502, body: 'bad gateway' },
    });
    expect(plain.json).toMatchObject({ rule: null, decision: { action: 'default', countsForBreaker: true } });
  });

  it('refuses a pattern that is not a regular expression', async () => {
    const response = await adminFetch(gateway.url, 'POST', '/error-rules', {
      body: { name: 'broken', match: { pattern: '(unclosed' }, action: 'fail_over' },
    });
    expect(response.status).toBe(400);
  });
});

describe('rectifiers', () => {
  const signatureError = anthropicError(
    400,
    'invalid_request_error',
    'messages.1.content.0: Invalid `signature` in `thinking` block',
  );

  it('thinking signature: strips thinking from the history and retries once on the same provider', async () => {
    upstreamA.queueFaults(signatureError);
    const result = await call({ messages: signedHistory() });
    expect(result.status).toBe(200);
    expect(result.headers.get('x-mock-upstream')).toBe('A');
    expect(upstreamA.requests).toHaveLength(2);
    const retried = JSON.parse(upstreamA.requests[1]!.body) as { messages: { content: unknown }[] };
    expect(JSON.stringify(retried.messages)).not.toContain('thinking');
    expect(retried.messages[1]!.content).toEqual([{ type: 'text', text: 'done' }]);
    expect(await rulesOf(result)).toEqual([
      expect.objectContaining({ kind: 'error_rule', ruleId: 'builtin-thinking-signature' }),
      expect.objectContaining({ kind: 'rectifier', ruleId: 'thinking_signature', action: 'retried_without_thinking' }),
    ]);
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/cch_governance_rule_hits_total\{[^}]*rule="thinking_signature"[^}]*\} [1-9]/);
  });

  it('thinking signature switched off for the provider: the 400 goes back to the client', async () => {
    const put = await adminFetch(gateway.url, 'PUT', '/rectifiers/thinking_signature', {
      body: { providers: { [providerA]: false } },
    });
    expect(put.json).toMatchObject({ enabled: true, providers: { [providerA]: false } });
    try {
      upstreamA.queueFaults(signatureError);
      const result = await call({ messages: signedHistory() });
      expect(result.status).toBe(400);
      expect(upstreamA.requests).toHaveLength(1);
    } finally {
      await adminFetch(gateway.url, 'PUT', '/rectifiers/thinking_signature', {
        body: { providers: { [providerA]: null } },
      });
    }
  });

  it('thinking budget: a budget at or above max_tokens is corrected before forwarding', async () => {
    const result = await call({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 8000 } });
    expect(result.status).toBe(200);
    const sent = JSON.parse(upstreamA.requests[0]!.body) as { thinking: unknown };
    expect(sent.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    expect(await rulesOf(result)).toEqual([
      expect.objectContaining({ ruleId: 'thinking_budget', action: 'budget_corrected' }),
    ]);

    await call({ max_tokens: 1000, thinking: { type: 'enabled', budget_tokens: 500 } });
    expect(JSON.parse(upstreamA.requests[1]!.body)).toMatchObject({ thinking: { type: 'disabled' } });
  });

  it('response fixer: repairs a relay stream (CRLF, no event lines, split JSON, no message_stop)', async () => {
    const broken = [
      'data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],',
      '',
      'data: "model":"claude-sonnet-4-5","usage":{"input_tokens":12,"output_tokens":1}}}',
      '',
      'data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}',
      '',
      'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}',
      '',
      'data: {"type":"content_block_stop","index":0}',
      '',
      'data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":3}}',
      '',
      '',
    ].join('\r\n');
    const fault = {
      kind: 'status' as const,
      status: 200,
      body: broken,
      headers: { 'content-type': 'text/event-stream' },
    };

    upstreamA.setFault(fault);
    const raw = await call({ stream: true });
    expect(raw.text).not.toContain('message_stop'); // off by default: relayed as is

    const on = await adminFetch(gateway.url, 'PUT', '/rectifiers/response_fixer', {
      body: { providers: { [providerA]: true } },
    });
    expect(on.status).toBe(200);
    try {
      const fixed = await call({ stream: true });
      expect(fixed.status).toBe(200);
      expect(fixed.text).not.toContain('\r');
      expect(fixed.text).toContain('event: message_start\ndata: {"type":"message_start"');
      expect(fixed.text).toContain('event: content_block_delta\n');
      expect(fixed.text).toMatch(/event: message_stop\ndata: \{"type":"message_stop"\}\n\n$/);
      const row = await logRowOf(gateway, fixed);
      expect(row.inputTokens).toBe(12);
      expect(row.outputTokens).toBe(3);
      expect((row.decisionChain as DecisionChain).rules).toEqual([
        expect.objectContaining({ ruleId: 'response_fixer', action: 'stream_repaired' }),
      ]);
    } finally {
      await adminFetch(gateway.url, 'PUT', '/rectifiers/response_fixer', {
        body: { providers: { [providerA]: null } },
      });
    }
  });
});
