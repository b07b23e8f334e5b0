/**
 * Through the real gateway, both directions of the openai-chat conversion: Claude clients
 * (`/v1/messages`) answered by an OpenAI-compatible provider, and Chat clients
 * (`/v1/chat/completions`) answered by a Claude provider — plain, streamed, with tool calls,
 * billed on the provider's model, the conversion in the decision chain, errors and refusals in the
 * caller's shape.
 */
import {
  createSseParser,
  type DecisionChain,
  type IrStreamEvent,
  protocolAdapter,
  type RequestLogSummary,
} from '@cch/core';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { type CallResult, postJson } from '../support/protocol-client.js';

let gateway: GatewayHarness;
/** Speaks Chat Completions, serves Claude clients. */
let chatUpstream: MockUpstream;
/** Speaks Messages, serves Chat clients. */
let claudeUpstream: MockUpstream;
let key: string;

const CHAT_PROVIDER_KEY = 'sk-chat-provider-secret-0123456789';

beforeAll(async () => {
  [gateway, chatUpstream, claudeUpstream] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'O' }),
    startMockUpstream({ name: 'C' }),
  ]);
  await gateway.addProvider({
    name: 'chat-for-claude',
    type: 'openai-compatible',
    baseUrl: chatUpstream.url,
    apiKey: CHAT_PROVIDER_KEY,
    acceptedFormats: ['anthropic'],
    allowedModels: ['claude-sonnet-4-6'],
    modelRedirects: [{ match: 'exact', pattern: 'claude-sonnet-4-6', target: 'gpt-4.1-mini' }],
    retryBudget: 0,
  });
  await gateway.addProvider({
    name: 'claude-for-chat',
    type: 'claude',
    baseUrl: claudeUpstream.url,
    acceptedFormats: ['openai-chat'],
    allowedModels: ['gpt-4.1'],
    modelRedirects: [{ match: 'exact', pattern: 'gpt-4.1', target: 'claude-sonnet-4-6' }],
    retryBudget: 0,
  });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => {
  await Promise.all([gateway?.close(), chatUpstream?.close(), claudeUpstream?.close()]);
});
beforeEach(async () => {
  chatUpstream.reset();
  claudeUpstream.reset();
  for (const provider of gateway.runtime.cache.current().providers) {
    await gateway.runtime.store.resetBreaker(`breaker:${provider.id}`);
    await gateway.runtime.store.delete(`cooldown:${provider.id}`);
  }
});

const ls = { name: 'ls', description: 'List a directory', input_schema: { type: 'object' as const, properties: {} } };
const lsFunction = { type: 'function', function: { name: 'ls', parameters: ls.input_schema } };
const CALL_LS = 'Please [[call ls {"path":"."}]]';

function callClaude(body: Record<string, unknown>): Promise<CallResult> {
  return postJson(
    `${gateway.url}/v1/messages`,
    { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    { model: 'claude-sonnet-4-6', max_tokens: 256, messages: [{ role: 'user', content: 'say hi' }], ...body },
  );
}

function callChat(body: Record<string, unknown>): Promise<CallResult> {
  return postJson(
    `${gateway.url}/v1/chat/completions`,
    { authorization: `Bearer ${key}` },
    { model: 'gpt-4.1', messages: [{ role: 'user', content: 'say hi' }], ...body },
  );
}

/** The events of a Messages stream, as `{event, data}`. */
function claudeEvents(text: string): { event: string; data: Record<string, unknown> }[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('event: '))
    .map((frame) => {
      const [eventLine, dataLine] = frame.split('\n');
      const data = JSON.parse(dataLine!.slice('data: '.length)) as Record<string, unknown>; // the gateway writes JSON
      return { event: eventLine!.slice('event: '.length), data };
    });
}

/** A Chat stream's text read back through the chat decoder (the chunks as IR events). */
function chatEvents(text: string): IrStreamEvent[] {
  const parser = createSseParser();
  const decoder = protocolAdapter('openai-chat').translator!.createStreamDecoder();
  const events: IrStreamEvent[] = [];
  for (const frame of [...parser.push(new TextEncoder().encode(text)), ...parser.end()])
    events.push(...decoder.push(frame));
  return [...events, ...decoder.end()];
}

function upstreamBody(upstream: MockUpstream, at = 0): Record<string, unknown> {
  return JSON.parse(upstream.requests[at]!.body) as Record<string, unknown>; // the gateway sends JSON
}

function expectConverted(row: RequestLogSummary, from: string, to: string, billedModel: string): void {
  expect(row.billedModel).toBe(billedModel);
  expect(row.upstreamModel).toBe(billedModel);
  expect((row.decisionChain as DecisionChain).attempts.at(-1)?.converted).toEqual({ from, to });
  expect(row.inputTokens).toBeGreaterThan(0);
  expect(row.outputTokens).toBeGreaterThan(0);
  expect(row.cacheReadTokens).toBe(100); // the mock's cached tokens, as cache reads
}

describe('Claude client → OpenAI-compatible provider', () => {
  it('answers a Claude message naming the requested model, billed on the provider’s model', async () => {
    const result = await callClaude({ system: 'Be brief.' });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      type: 'message',
      model: 'claude-sonnet-4-6',
      content: [{ type: 'text', text: 'hello from O: say hi' }],
      stop_reason: 'end_turn',
      usage: { cache_read_input_tokens: 100 },
    });
    const sent = upstreamBody(chatUpstream);
    expect(sent).toMatchObject({
      model: 'gpt-4.1-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'say hi' },
      ],
      max_tokens: 256,
    });
    expect(chatUpstream.requests[0]!.path).toBe('/v1/chat/completions');
    expect(chatUpstream.requests[0]!.headers['authorization']).toBe(`Bearer ${CHAT_PROVIDER_KEY}`);
    expectConverted(await logRowOf(gateway, result), 'anthropic', 'openai-chat', 'gpt-4.1-mini');
  });

  it('streams the full Claude event sequence with non-zero usage (include_usage asked upstream)', async () => {
    const result = await callClaude({ stream: true });
    expect(result.status).toBe(200);
    const events = claudeEvents(result.text);
    expect(events.map((e) => e.event)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      ...Array(5).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = events.map((e) => (e.data['delta'] as { text?: string } | undefined)?.text ?? '').join('');
    expect(text).toBe('hello from O: say hi');
    expect(events.at(-2)?.data).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { cache_read_input_tokens: 100, output_tokens: 13 },
    });
    expect(upstreamBody(chatUpstream)).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const row = await logRowOf(gateway, result);
    expectConverted(row, 'anthropic', 'openai-chat', 'gpt-4.1-mini');
    expect(row.isStream).toBe(true);
  });

  it('streams a tool call as tool_use, then reads the tool result turn', async () => {
    const first = await callClaude({
      stream: true,
      tools: [ls],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      messages: [{ role: 'user', content: CALL_LS }],
    });
    const events = claudeEvents(first.text);
    const start = events.find((e) => e.event === 'content_block_start')?.data['content_block'] as { id: string };
    expect(start).toMatchObject({ type: 'tool_use', name: 'ls', input: {} });
    const json = events
      .map((e) => (e.data['delta'] as { partial_json?: string } | undefined)?.partial_json ?? '')
      .join('');
    expect(JSON.parse(json)).toEqual({ path: '.' });
    expect(events.find((e) => e.event === 'message_delta')?.data).toMatchObject({ delta: { stop_reason: 'tool_use' } });
    expect(upstreamBody(chatUpstream)).toMatchObject({ tool_choice: 'required', parallel_tool_calls: false });

    const second = await callClaude({
      tools: [ls],
      messages: [
        { role: 'user', content: CALL_LS },
        { role: 'assistant', content: [{ type: 'tool_use', id: start.id, name: 'ls', input: { path: '.' } }] },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: start.id, content: [{ type: 'text', text: 'README.md' }] }],
        },
      ],
    });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ stop_reason: 'end_turn', content: [{ type: 'text' }] });
    expect(upstreamBody(chatUpstream, 1)['messages']).toEqual([
      { role: 'user', content: CALL_LS },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: start.id, type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } }],
      },
      { role: 'tool', tool_call_id: start.id, content: 'README.md' },
    ]);
  });

  it('answers the provider’s errors in Anthropic’s shape, before and after the stream began', async () => {
    chatUpstream.setFault({ kind: 'invalid-request' });
    const refused = await callClaude({});
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(refused.text).not.toContain(CHAT_PROVIDER_KEY);

    // An error event before any content: the gateway answers it as a failed request, in Anthropic's shape.
    chatUpstream.setFault({ kind: 'error-event', variant: 'after-preamble' });
    const early = await callClaude({ stream: true });
    expect(early.json).toMatchObject({ type: 'error', error: { type: expect.stringMatching(/_error$/) } });

    // Cut after content has gone out: the stream ends with an Anthropic error event, never message_stop.
    chatUpstream.setFault({ kind: 'reset-mid-stream', afterChunks: 3 });
    const failed = await callClaude({ stream: true });
    const last = claudeEvents(failed.text).at(-1);
    expect(last?.event).toBe('error');
    expect(last?.data).toMatchObject({ type: 'error', error: { type: expect.stringMatching(/_error$/) } });
    expect(failed.text).not.toContain('message_stop');

    // A rate limit is Anthropic's rate_limit_error, its retry-after forwarded (last: the provider cools down).
    chatUpstream.setFault({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const limited = await callClaude({});
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
  });

  it('the Anthropic SDK accumulates the converted stream of a tool call', async () => {
    const client = new Anthropic({ apiKey: key, baseURL: gateway.url, maxRetries: 0 });
    const message = await client.messages
      .stream({
        model: 'claude-sonnet-4-6',
        max_tokens: 256,
        tools: [ls],
        messages: [{ role: 'user', content: CALL_LS }],
      })
      .finalMessage();
    expect(message).toMatchObject({
      model: 'claude-sonnet-4-6',
      stop_reason: 'tool_use',
      content: [{ type: 'tool_use', name: 'ls', input: { path: '.' } }],
      usage: { cache_read_input_tokens: 100 },
    });
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it('refuses what Chat cannot express with a 400 in Anthropic’s shape naming it', async () => {
    const result = await callClaude({
      messages: [
        {
          role: 'user',
          content: [{ type: 'document', source: { type: 'url', url: 'https://example.test/a.pdf' } }],
        },
      ],
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('A document given by URL') },
    });
    expect(chatUpstream.requests).toHaveLength(0);
  });
});

describe('Chat client → Claude provider', () => {
  it('answers a chat.completion naming the requested model, billed on the Claude model', async () => {
    const result = await callChat({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'say hi' },
      ],
    });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      object: 'chat.completion',
      model: 'gpt-4.1',
      choices: [{ message: { role: 'assistant', content: 'hello from C: say hi' }, finish_reason: 'stop' }],
      usage: { prompt_tokens_details: { cached_tokens: 100 } },
    });
    expect(upstreamBody(claudeUpstream)).toMatchObject({
      model: 'claude-sonnet-4-6',
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'say hi' }] }],
    });
    expect(claudeUpstream.requests[0]!.path).toBe('/v1/messages');
    expectConverted(await logRowOf(gateway, result), 'openai-chat', 'anthropic', 'claude-sonnet-4-6');
  });

  it('streams chunks ending in a usage chunk and [DONE]', async () => {
    const result = await callChat({ stream: true });
    expect(result.status).toBe(200);
    expect(result.text.endsWith('data: [DONE]\n\n')).toBe(true);
    const events = chatEvents(result.text);
    const text = events.map((e) => (e.type === 'block_delta' && e.delta.type === 'text' ? e.delta.text : '')).join('');
    expect(text).toBe('hello from C: say hi');
    expect(events.at(-2)).toMatchObject({
      type: 'finish',
      stopReason: 'end_turn',
      usage: { cacheReadTokens: 100, cacheWrite5mTokens: 0, outputTokens: 5 },
    });
    expect(result.text).toContain('"model":"gpt-4.1"');
    expect(result.text).not.toContain('claude-sonnet-4-6');
    expectConverted(await logRowOf(gateway, result), 'openai-chat', 'anthropic', 'claude-sonnet-4-6');
  });

  it('streams a tool call as tool_calls pieces and sends the tool message back as a tool_result', async () => {
    const first = await callChat({ stream: true, tools: [lsFunction], messages: [{ role: 'user', content: CALL_LS }] });
    const events = chatEvents(first.text);
    const start = events.find((e) => e.type === 'block_start');
    expect(start).toMatchObject({ block: { type: 'tool_call', name: 'ls' } });
    const args = events.map((e) => (e.type === 'block_delta' && e.delta.type === 'arguments' ? e.delta.json : ''));
    expect(JSON.parse(args.join(''))).toEqual({ path: '.' });
    expect(first.text).toContain('"finish_reason":"tool_calls"');
    const id = start?.type === 'block_start' && start.block.type === 'tool_call' ? start.block.id : '';

    const second = await callChat({
      tools: [lsFunction],
      messages: [
        { role: 'user', content: CALL_LS },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id, type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } }],
        },
        { role: 'tool', tool_call_id: id, content: 'README.md' },
      ],
    });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ choices: [{ finish_reason: 'stop' }] });
    expect(upstreamBody(claudeUpstream, 1)['messages']).toEqual([
      { role: 'user', content: [{ type: 'text', text: CALL_LS }] },
      { role: 'assistant', content: [{ type: 'tool_use', id, name: 'ls', input: { path: '.' } }] },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: id, content: [{ type: 'text', text: 'README.md' }] }],
      },
    ]);
  });

  it('the openai SDK accumulates the converted stream of a tool call', async () => {
    const client = new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
    const completion = await client.chat.completions
      .stream({
        model: 'gpt-4.1',
        tools: [{ type: 'function', function: { name: 'ls', parameters: ls.input_schema } }],
        messages: [{ role: 'user', content: CALL_LS }],
        stream_options: { include_usage: true },
      })
      .finalChatCompletion();
    expect(completion.model).toBe('gpt-4.1');
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: { tool_calls: [{ type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } }] },
    });
    expect(completion.usage).toMatchObject({ prompt_tokens_details: { cached_tokens: 100 } });
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('answers the provider’s errors in OpenAI’s shape (JSON and mid-stream), refuses n > 1 naming it', async () => {
    claudeUpstream.setFault({ kind: 'invalid-request' });
    const refused = await callChat({});
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { type: 'invalid_request_error', message: expect.any(String) } });

    claudeUpstream.setFault({ kind: 'reset-mid-stream', afterChunks: 4 });
    const failed = await callChat({ stream: true });
    expect(chatEvents(failed.text).at(-1)).toMatchObject({ type: 'error' });
    expect(failed.text).not.toContain('[DONE]');
    claudeUpstream.setFault(null);

    const several = await callChat({ n: 2 });
    expect(several.status).toBe(400);
    expect(several.json).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('Several choices (n > 1)') },
    });
  });
});
