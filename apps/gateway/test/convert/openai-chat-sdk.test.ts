/**
 * The official SDKs read what the openai-chat converters write, and what they make of a Chat
 * provider's answer: the `openai` SDK accumulates the chat encoder's chunks (`chat.completions.stream()`
 * and raw `create({stream: true})`) and reads a converted complete answer; `@anthropic-ai/sdk`
 * accumulates a Chat provider's stream decoded by the chat decoder and written by the Anthropic
 * encoder, as the gateway relays it. A tiny loopback server plays the gateway.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { createSseParser, type IrResponse, type IrStreamEvent, protocolAdapter } from '@cch/core';
import { KITCHEN_SINK_STREAM } from '@cch/core/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const chat = protocolAdapter('openai-chat').translator!;
const anthropic = protocolAdapter('anthropic').translator!;
const chatContext = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/chat/completions' };
const claudeContext = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/messages' };

let server: Server;
let openai: OpenAI;
let claude: Anthropic;
let answer: { contentType: string; body: string } = { contentType: 'application/json', body: '{}' };
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>); // the SDKs post JSON
      res.writeHead(200, { 'content-type': answer.contentType }).end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // a TCP listener has an AddressInfo
  openai = new OpenAI({ apiKey: 'sk-test', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
  claude = new Anthropic({ apiKey: 'sk-test', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

function serveChatStream(events: readonly IrStreamEvent[]): void {
  const encoder = chat.createStreamEncoder(chatContext);
  answer = {
    contentType: 'text/event-stream',
    body: events.map((event) => encoder.push(event)).join('') + encoder.end(),
  };
}

/** A Chat provider's SSE text → chat decoder → Anthropic encoder, chunk by chunk as the gateway relays it. */
function serveChatProviderToClaude(providerSse: string): void {
  const parser = createSseParser();
  const decoder = chat.createStreamDecoder();
  const encoder = anthropic.createStreamEncoder(claudeContext);
  let body = '';
  const bytes = new TextEncoder().encode(providerSse);
  for (let i = 0; i < bytes.length; i += 17) {
    for (const frame of parser.push(bytes.subarray(i, i + 17)))
      for (const event of decoder.push(frame)) body += encoder.push(event);
  }
  for (const frame of parser.end()) for (const event of decoder.push(frame)) body += encoder.push(event);
  for (const event of decoder.end()) body += encoder.push(event);
  answer = { contentType: 'text/event-stream', body: body + encoder.end() };
}

const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: { name: 'ls', parameters: { type: 'object', properties: { path: { type: 'string' } } } },
  },
  {
    type: 'function',
    function: { name: 'cat', parameters: { type: 'object', properties: { path: { type: 'string' } } } },
  },
];
const chatParams = {
  model: 'claude-sonnet-4-6',
  messages: [{ role: 'user' as const, content: 'list and read' }],
  tools,
};
const usage = {
  inputTokens: 120,
  outputTokens: 48,
  cacheReadTokens: 1000,
  cacheWrite5mTokens: 300,
  cacheWrite1hTokens: 200,
  reasoningTokens: 0,
};

describe('openai SDK reads the converted chat answers', () => {
  it('chat.completions.stream() accumulates text, parallel tool calls, finish reason and usage', async () => {
    serveChatStream(KITCHEN_SINK_STREAM);
    const stream = openai.chat.completions.stream({ ...chatParams, stream_options: { include_usage: true } });
    const texts: string[] = [];
    stream.on('content', (delta) => texts.push(delta));
    const completion = await stream.finalChatCompletion();
    expect(completion.model).toBe('claude-sonnet-4-6');
    const [choice] = completion.choices;
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBe('Listing now.');
    expect(choice?.message.tool_calls).toEqual([
      {
        id: 'call_ls_1',
        type: 'function',
        function: { name: 'ls', arguments: '{"path":"."}' },
      },
      {
        id: 'call_cat_2',
        type: 'function',
        function: { name: 'cat', arguments: '{"path":"README.md"}' },
      },
    ]);
    expect(texts).toEqual(['Listing ', 'now.']);
    expect(completion.usage).toMatchObject({
      prompt_tokens: 1120,
      completion_tokens: 48,
      prompt_tokens_details: { cached_tokens: 1000 },
    });
    // The SDK's own request reads into the IR (tools, the stream flag, include_usage dropped as advisory).
    const ir = chat.request.toIr(received[0]!, { model: 'claude-sonnet-4-6', stream: true });
    expect(ir.tools.map((tool) => tool.name)).toEqual(['ls', 'cat']);
  });

  it('create({stream: true}) chunks carry tool-call pieces by index and the usage chunk last', async () => {
    serveChatStream(KITCHEN_SINK_STREAM);
    const stream = await openai.chat.completions.create({ ...chatParams, stream: true });
    const args = new Map<number, string>();
    let reasoning = '';
    let last: OpenAI.ChatCompletionChunk | null = null;
    for await (const chunk of stream) {
      last = chunk;
      const delta = chunk.choices[0]?.delta as
        | (OpenAI.ChatCompletionChunk.Choice.Delta & { reasoning_content?: string })
        | undefined;
      reasoning += delta?.reasoning_content ?? '';
      for (const call of delta?.tool_calls ?? [])
        args.set(call.index, (args.get(call.index) ?? '') + (call.function?.arguments ?? ''));
    }
    expect(Object.fromEntries(args)).toEqual({ 0: '{"path":"."}', 1: '{"path":"README.md"}' });
    expect(reasoning).toBe('The user wants files.');
    expect(last?.usage?.total_tokens).toBe(1168);
  });

  it('raises an upstream failure mid-stream as an SDK error', async () => {
    serveChatStream([
      { type: 'start', id: 'msg_e', model: 'claude-x' },
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Half' } },
      { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
    ]);
    const failure = await openai.chat.completions
      .stream(chatParams)
      .finalChatCompletion()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect(String((failure as Error).message)).toContain('Overloaded');
  });

  it('chat.completions.create() reads a converted complete answer', async () => {
    const response: IrResponse = {
      id: 'msg_1',
      model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'thinking', text: 'think', signature: { protocol: 'anthropic', value: 'sig' } },
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'toolu_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'toolu_2', name: 'cat', arguments: '{"path":"b"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage,
    };
    answer = { contentType: 'application/json', body: JSON.stringify(chat.response.fromIr(response, chatContext)) };
    const completion = await openai.chat.completions.create(chatParams);
    expect(completion).toMatchObject({
      id: 'msg_1',
      object: 'chat.completion',
      model: 'claude-sonnet-4-6',
      choices: [
        {
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: 'Reading both.',
            tool_calls: [
              { id: 'toolu_1', type: 'function', function: { name: 'cat', arguments: '{"path":"a"}' } },
              { id: 'toolu_2', type: 'function', function: { name: 'cat', arguments: '{"path":"b"}' } },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 1620, completion_tokens: 48, prompt_tokens_details: { cached_tokens: 1000 } },
    });
  });
});

describe('@anthropic-ai/sdk reads a Chat provider’s answer, converted', () => {
  const providerStream = readFileSync(
    new URL('../../../../packages/core/src/protocols/openai-chat/fixtures/convert/stream-tools.sse', import.meta.url),
    'utf8',
  );

  it('messages.stream() accumulates reasoning, text, parallel tool calls, tool_use and non-zero usage', async () => {
    serveChatProviderToClaude(providerStream);
    const message = await claude.messages
      .stream({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'go' }] })
      .finalMessage();
    expect(message.model).toBe('claude-sonnet-4-6');
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'Two files: list, then read — both at once.', signature: '' },
      { type: 'text', text: 'Looking at both files ✅' },
      { type: 'tool_use', id: 'call_Ls', name: 'Bash', input: { command: 'ls -la' } },
      { type: 'tool_use', id: 'call_Rd', name: 'Read', input: { file_path: '/repo/README.md' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage).toMatchObject({ input_tokens: 2100, output_tokens: 187, cache_read_input_tokens: 30_000 });
  });

  it('raises a Chat provider’s mid-stream error chunk as the SDK error of its type', async () => {
    const [opening] = providerStream.split('\n\n');
    const error = { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } };
    serveChatProviderToClaude(`${opening}\n\ndata: ${JSON.stringify(error)}\n\n`);
    const failure = await claude.messages
      .stream({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'go' }] })
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(Anthropic.APIError);
    expect(failure).toMatchObject({ type: 'rate_limit_error' });
    expect(String((failure as Error).message)).toContain('Rate limit reached');
  });

  it('messages.create() reads a Chat provider’s complete answer', async () => {
    const completion = {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4.1-2025-04-14',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Listing.',
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } }],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 1200, completion_tokens: 30, prompt_tokens_details: { cached_tokens: 1000 } },
    };
    const ir = chat.response.toIr(completion);
    answer = { contentType: 'application/json', body: JSON.stringify(anthropic.response.fromIr(ir, claudeContext)) };
    const message = await claude.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'go' }],
    });
    expect(message).toMatchObject({
      model: 'claude-sonnet-4-6',
      stop_reason: 'tool_use',
      content: [
        { type: 'text', text: 'Listing.' },
        { type: 'tool_use', id: 'call_1', name: 'ls', input: { path: '.' } },
      ],
      usage: { input_tokens: 200, output_tokens: 30, cache_read_input_tokens: 1000 },
    });
  });
});
