/**
 * A conversation that earlier turns converted (its history carries other providers' reasoning
 * tokens, `cch.`-wrapped) reaches a native provider without them — OpenAI and Anthropic would
 * refuse them as undecryptable / invalid signatures — and untouched when it has none. A Gemini
 * client never holds such a token (Gemini answers carry only Gemini's own signatures); its calls
 * that another provider type answered come without a signature, which Gemini 3 would refuse, so
 * they reach a native Gemini 3 provider with the skip signature. Against the real gateway and mock
 * upstream.
 */
import type { DecisionChain } from '@cch/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { postJson } from '../support/protocol-client.js';

/** A foreign reasoning token as the translators wrap it for the client: `cch.<protocol>.<base64url JSON>`. */
const wrapped = (protocol: string, value: string) =>
  `cch.${protocol}.${Buffer.from(JSON.stringify({ v: value })).toString('base64url')}`;

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

describe('a Responses conversation earlier served by Claude, now at a native Responses provider', () => {
  const ownReasoning = { type: 'reasoning', id: 'rs_own', summary: [], encrypted_content: 'gAAAAown-openai-token' };
  const claudeReasoning = {
    type: 'reasoning',
    summary: [{ type: 'summary_text', text: 'thought about it' }],
    encrypted_content: wrapped('anthropic', 'EqQBClaudeSignature'),
  };
  const history = (...reasoning: object[]) => ({
    model: 'gpt-5-codex',
    store: false,
    include: ['reasoning.encrypted_content'],
    input: [
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'list files' }] },
      ...reasoning,
      { type: 'function_call', call_id: 'call_1', name: 'shell', arguments: '{"command":["ls"]}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'a.txt' },
    ],
  });

  it("drops Claude's wrapped reasoning items and keeps OpenAI's own", async () => {
    await start({ name: 'codex', type: 'codex', baseUrl: `${upstream.url}/v1` });
    const result = await postJson(
      `${gateway.url}/v1/responses`,
      { authorization: `Bearer ${key}` },
      history(claudeReasoning, ownReasoning),
    );
    expect(result.status).toBe(200);
    const sent = JSON.parse(upstream.requests[0]!.body) as { input: { type: string }[] };
    expect(sent.input.map((item) => item.type)).toEqual([
      'message',
      'reasoning',
      'function_call',
      'function_call_output',
    ]);
    expect(sent.input[1]).toEqual(ownReasoning);
    expect(upstream.requests[0]!.body).not.toContain('cch.');
    const row = await logRowOf(gateway, result);
    expect((row.decisionChain as DecisionChain).rules).toEqual([
      expect.objectContaining({ ruleId: 'foreign_reasoning', action: 'stripped' }),
    ]);
  });

  it('sends a history without foreign reasoning byte for byte', async () => {
    await start({ name: 'codex', type: 'codex', baseUrl: `${upstream.url}/v1` });
    const body = history(ownReasoning);
    const result = await postJson(`${gateway.url}/v1/responses`, { authorization: `Bearer ${key}` }, body);
    expect(result.status).toBe(200);
    expect(upstream.requests[0]!.body).toBe(JSON.stringify(body));
  });
});

describe('a Claude conversation earlier served by Codex and Gemini, now at a native Anthropic provider', () => {
  const ownThinking = { type: 'thinking', thinking: 'mine', signature: 'EqQBCkgIAhABGAIiQOwnAnthropicSig==' };
  const codexThinking = { type: 'thinking', thinking: 'codex', signature: wrapped('openai-responses', 'gAAAAx') };
  const geminiRedacted = { type: 'redacted_thinking', data: wrapped('gemini', 'CiQBthoughtSig') };
  const toolUse = { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } };
  const toolResult = { type: 'tool_result', tool_use_id: 'toolu_1', content: 'a.txt' };
  const conversation = (lastAssistant: object[]) => ({
    model: 'claude-sonnet-4-6',
    max_tokens: 2048,
    thinking: { type: 'enabled', budget_tokens: 1024 },
    messages: [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: [ownThinking, { type: 'text', text: 'hello' }] },
      { role: 'user', content: 'list files' },
      { role: 'assistant', content: lastAssistant },
      { role: 'user', content: [toolResult] },
    ],
  });
  const call = (body: object) => postJson(`${gateway.url}/v1/messages`, { 'x-api-key': key }, body);

  it("drops other providers' wrapped thinking, keeps Anthropic's, turns thinking off for the turn", async () => {
    await start({ name: 'claude', type: 'claude', baseUrl: upstream.url });
    const result = await call(conversation([codexThinking, geminiRedacted, toolUse]));
    expect(result.status).toBe(200);
    const sent = JSON.parse(upstream.requests[0]!.body) as {
      messages: { content: unknown }[];
      thinking: unknown;
    };
    expect(sent.messages[1]!.content).toEqual([ownThinking, { type: 'text', text: 'hello' }]);
    expect(sent.messages[3]!.content).toEqual([toolUse]);
    // the last assistant turn lost its thinking: with thinking on, Anthropic would refuse it
    expect(sent.thinking).toEqual({ type: 'disabled' });
    expect(upstream.requests[0]!.body).not.toContain('cch.');
  });

  it('sends a conversation with only Anthropic signatures byte for byte', async () => {
    await start({ name: 'claude', type: 'claude', baseUrl: upstream.url });
    const body = conversation([ownThinking, toolUse]);
    const result = await call(body);
    expect(result.status).toBe(200);
    expect(upstream.requests[0]!.body).toBe(JSON.stringify(body));
  });
});

describe('a Gemini conversation with a call another provider type answered, now at a native Gemini provider', () => {
  const contents = (...modelParts: object[]) => [
    { role: 'user', parts: [{ text: 'list files' }] },
    { role: 'model', parts: modelParts },
    { role: 'user', parts: [{ functionResponse: { id: 'toolu_1', name: 'ls', response: { output: 'a.txt' } } }] },
  ];
  const lsCall = { functionCall: { id: 'toolu_1', name: 'ls', args: { path: '.' } } };
  const call = (model: string, body: object) =>
    postJson(`${gateway.url}/v1beta/models/${model}:generateContent`, { 'x-goog-api-key': key }, body);

  it('gives the unsigned call the skip signature for Gemini 3, which refuses unsigned calls', async () => {
    await start({ name: 'gemini', type: 'gemini', baseUrl: upstream.url });
    const result = await call('gemini-3-pro-preview', { contents: contents({ text: 'Listing.' }, lsCall) });
    expect(result.status).toBe(200);
    const sent = JSON.parse(upstream.requests[0]!.body) as { contents: { parts: object[] }[] };
    expect(sent.contents[1]!.parts).toEqual([
      { text: 'Listing.' },
      { ...lsCall, thoughtSignature: 'skip_thought_signature_validator' },
    ]);
    const row = await logRowOf(gateway, result);
    expect((row.decisionChain as DecisionChain).rules).toEqual([
      expect.objectContaining({ ruleId: 'foreign_reasoning', action: 'signed' }),
    ]);
  });

  it("sends Gemini's own signed calls, and histories for models that check no signatures, byte for byte", async () => {
    await start({ name: 'gemini', type: 'gemini', baseUrl: upstream.url });
    const signed = { contents: contents({ ...lsCall, thoughtSignature: 'CiQBgeminiOwn==' }) };
    expect((await call('gemini-3-pro-preview', signed)).status).toBe(200);
    const older = { contents: contents(lsCall) };
    expect((await call('gemini-2.5-pro', older)).status).toBe(200);
    expect(upstream.requests.map((request) => request.body)).toEqual([JSON.stringify(signed), JSON.stringify(older)]);
  });
});
