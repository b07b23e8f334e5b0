/**
 * The official `@anthropic-ai/sdk` reads what the Anthropic converters write: `messages.stream()`
 * accumulates the encoder's events into the final message, and `messages.create()` reads the
 * converted answer. A tiny loopback server plays the gateway, serving the converter's output.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { type IrResponse, type IrStreamEvent, protocolAdapter } from '@cch/core';
import { KITCHEN_SINK_STREAM } from '@cch/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const translator = protocolAdapter('anthropic').translator!;
const context = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/messages' };

let server: Server;
let client: Anthropic;
let answer: { contentType: string; body: string } = { contentType: 'application/json', body: '{}' };
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>); // the SDK posts JSON
      res.writeHead(200, { 'content-type': answer.contentType, 'request-id': 'req_test' }).end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // a TCP listener has an AddressInfo
  client = new Anthropic({ apiKey: 'sk-test', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

function serveStream(events: readonly IrStreamEvent[]): void {
  const encoder = translator.createStreamEncoder(context);
  const body = events.map((event) => encoder.push(event)).join('') + encoder.end();
  answer = { contentType: 'text/event-stream', body };
}

const params = { model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'list' }] };

const usage = {
  inputTokens: 120,
  outputTokens: 48,
  cacheReadTokens: 1000,
  cacheWrite5mTokens: 300,
  cacheWrite1hTokens: 200,
  reasoningTokens: 0,
};

/** The kitchen-sink stream with a signed thinking block and cache writes in the usage. */
const SIGNED_STREAM: IrStreamEvent[] = KITCHEN_SINK_STREAM.flatMap((event): IrStreamEvent[] => {
  if (event.type === 'start') return [{ ...event, usage: { ...usage, outputTokens: 1 } }];
  if (event.type === 'finish') return [{ ...event, usage }];
  if (event.type === 'block_stop' && event.index === 0)
    return [
      {
        type: 'block_delta',
        index: 0,
        delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EqQBsig==' } },
      },
      event,
    ];
  return [event];
});

describe('@anthropic-ai/sdk reads the converted answers', () => {
  it('messages.stream() accumulates signed thinking, text, parallel tool calls, stop reason and usage', async () => {
    serveStream(SIGNED_STREAM);
    const stream = client.messages.stream(params);
    const texts: string[] = [];
    stream.on('text', (text) => texts.push(text));
    const message = await stream.finalMessage();
    expect(message.model).toBe('claude-sonnet-4-6');
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'The user wants files.', signature: 'EqQBsig==' },
      { type: 'text', text: 'Listing now.' },
      { type: 'tool_use', id: 'call_ls_1', name: 'ls', input: { path: '.' } },
      { type: 'tool_use', id: 'call_cat_2', name: 'cat', input: { path: 'README.md' } },
    ]);
    expect(texts).toEqual(['Listing ', 'now.']);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage).toMatchObject({
      input_tokens: 120,
      output_tokens: 48,
      cache_read_input_tokens: 1000,
      cache_creation_input_tokens: 500,
      cache_creation: { ephemeral_5m_input_tokens: 300, ephemeral_1h_input_tokens: 200 },
    });
  });

  it('messages.stream() accumulates the plain kitchen-sink stream, input usage arriving only at the end', async () => {
    serveStream(KITCHEN_SINK_STREAM);
    const message = await client.messages.stream(params).finalMessage();
    expect(message.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use', 'tool_use']);
    expect(message.usage).toMatchObject({ input_tokens: 120, output_tokens: 48, cache_read_input_tokens: 1000 });
  });

  it("keeps another provider's reasoning token, redacted thinking and interleaved tool calls", async () => {
    const gemini = { protocol: 'gemini' as const, value: 'CiQBthought==' };
    serveStream([
      { type: 'start', id: 'chatcmpl-1', model: 'gpt-5' },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'plan' } },
      { type: 'block_delta', index: 0, delta: { type: 'signature', signature: gemini } },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'thinking', redacted: true } },
      {
        type: 'block_delta',
        index: 1,
        delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EmwK' } },
      },
      { type: 'block_stop', index: 1 },
      { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'call_a', name: 'ls' } },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call_b', name: 'cat' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"path":' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"path":"a.md"}' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '"src"}' } },
      { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage },
      { type: 'end' },
    ]);
    const message = await client.messages.stream(params).finalMessage();
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'plan', signature: expect.stringMatching(/^cch\.gemini\./) },
      { type: 'redacted_thinking', data: 'EmwK' },
      { type: 'tool_use', id: 'call_a', name: 'ls', input: { path: 'src' } },
      { type: 'tool_use', id: 'call_b', name: 'cat', input: { path: 'a.md' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    // The client sends the block back next turn: it reads as the Gemini token again.
    const next = translator.request.toIr(
      { ...params, messages: [...params.messages, { role: 'assistant', content: message.content }] },
      { model: 'claude-sonnet-4-6', stream: false },
    );
    expect(next.messages[1]?.content[0]).toEqual({ type: 'thinking', text: 'plan', signature: gemini });
  });

  it('raises an upstream failure mid-stream as the SDK error of its type', async () => {
    serveStream([
      { type: 'start', id: 'msg_e', model: 'gpt-5' },
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Half' } },
      { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
    ]);
    const failure = await client.messages
      .stream(params)
      .finalMessage()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Anthropic.APIError);
    expect(failure).toMatchObject({ type: 'overloaded_error' });
  });

  it('messages.create() reads a converted complete answer', async () => {
    const response: IrResponse = {
      id: 'resp_1',
      model: 'gpt-5',
      content: [
        { type: 'thinking', text: 'think', signature: { protocol: 'anthropic', value: 'sig' } },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'call_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'call_2', name: 'cat', arguments: '{"path":"b"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage,
    };
    answer = { contentType: 'application/json', body: JSON.stringify(translator.response.fromIr(response, context)) };
    const message = await client.messages.create(params);
    expect(message).toMatchObject({
      id: 'resp_1',
      model: 'claude-sonnet-4-6',
      role: 'assistant',
      stop_reason: 'tool_use',
      content: [
        { type: 'thinking', thinking: 'think', signature: 'sig' },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_use', id: 'call_1', name: 'cat', input: { path: 'a' } },
        { type: 'tool_use', id: 'call_2', name: 'cat', input: { path: 'b' } },
      ],
      usage: { input_tokens: 120, output_tokens: 48, cache_read_input_tokens: 1000, cache_creation_input_tokens: 500 },
    });
    // And what the SDK itself sends reads into the IR.
    expect(translator.request.toIr(received[0]!, { model: 'claude-sonnet-4-6', stream: false }).messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'list' }] },
    ]);
  });
});
