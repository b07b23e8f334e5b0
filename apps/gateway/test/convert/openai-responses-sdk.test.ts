/**
 * The official `openai` SDK reads what the Responses converters write: `responses.stream()`
 * accumulates the encoder's events into the final response (it checks every output and content
 * index), and `responses.create()` reads the converted answer. A tiny loopback server plays the
 * gateway, serving the converter's output; what the SDK posts is read into the IR.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type IrResponse, type IrStreamEvent, protocolAdapter } from '@cch/core';
import { KITCHEN_SINK_STREAM } from '@cch/core/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const translator = protocolAdapter('openai-responses').translator!;
const context = { requestedModel: 'gpt-5-codex', clientPath: '/v1/responses' };

let server: Server;
let client: OpenAI;
let answer: { contentType: string; body: string } = { contentType: 'application/json', body: '{}' };
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>); // the SDK posts JSON
      res.writeHead(200, { 'content-type': answer.contentType, 'x-request-id': 'req_test' }).end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // a TCP listener has an AddressInfo
  client = new OpenAI({ apiKey: 'sk-test', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
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

const tools = [
  {
    type: 'function' as const,
    name: 'ls',
    description: 'List a directory',
    strict: false,
    parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  },
];
const params = { model: 'gpt-5-codex', input: 'list the files', tools, reasoning: { summary: 'auto' as const } };

const usage = {
  inputTokens: 120,
  outputTokens: 48,
  cacheReadTokens: 1000,
  cacheWrite5mTokens: 300,
  cacheWrite1hTokens: 0,
  reasoningTokens: 20,
};

/** The kitchen-sink stream with an Anthropic-signed thinking block and a fuller usage. */
const SIGNED_STREAM: IrStreamEvent[] = KITCHEN_SINK_STREAM.flatMap((event): IrStreamEvent[] => {
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

describe('openai SDK reads the converted Responses answers', () => {
  it('responses.stream() accumulates reasoning, text before the calls, parallel calls and usage', async () => {
    serveStream(SIGNED_STREAM);
    const stream = client.responses.stream(params);
    const texts: string[] = [];
    const argumentDeltas: string[] = [];
    stream.on('response.output_text.delta', (event) => texts.push(event.delta));
    stream.on('response.function_call_arguments.delta', (event) => argumentDeltas.push(event.delta));
    const response = await stream.finalResponse();
    expect(response.model).toBe('gpt-5-codex');
    expect(response.status).toBe('completed');
    expect(response.output_text).toBe('Listing now.');
    expect(texts).toEqual(['Listing ', 'now.']);
    expect(argumentDeltas).toEqual(['{"path":', '"."}', '{"path":"README.md"}']);
    expect(response.output).toEqual([
      {
        id: expect.stringMatching(/^rs_/),
        type: 'reasoning',
        summary: [{ type: 'summary_text', text: 'The user wants files.' }],
        encrypted_content: expect.stringMatching(/^cch\.anthropic\./),
      },
      {
        id: expect.stringMatching(/^msg_/),
        type: 'message',
        status: 'completed',
        role: 'assistant',
        // The SDK's stream helper adds `parsed` to text parts.
        content: [{ type: 'output_text', text: 'Listing now.', annotations: [], logprobs: [], parsed: null }],
      },
      expect.objectContaining({ type: 'function_call', call_id: 'call_ls_1', name: 'ls', arguments: '{"path":"."}' }),
      expect.objectContaining({ type: 'function_call', call_id: 'call_cat_2', arguments: '{"path":"README.md"}' }),
    ]);
    expect(response.usage).toEqual({
      input_tokens: 1420,
      input_tokens_details: { cached_tokens: 1000 },
      output_tokens: 48,
      output_tokens_details: { reasoning_tokens: 20 },
      total_tokens: 1468,
    });

    // The client sends the items back next turn (as Codex does): the thinking is Anthropic's again.
    const next = translator.request.toIr(
      {
        ...params,
        input: [
          { role: 'user', content: 'list the files' },
          ...response.output,
          { type: 'function_call_output', call_id: 'call_ls_1', output: 'README.md' },
          { type: 'function_call_output', call_id: 'call_cat_2', output: '# hi' },
        ],
      },
      { model: 'gpt-5-codex', stream: true },
    );
    expect(next.messages[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'thinking', text: 'The user wants files.', signature: { protocol: 'anthropic', value: 'EqQBsig==' } },
        { type: 'text', text: 'Listing now.' },
        { type: 'tool_call', id: 'call_ls_1', name: 'ls', arguments: '{"path":"."}' },
        { type: 'tool_call', id: 'call_cat_2', name: 'cat', arguments: '{"path":"README.md"}' },
      ],
    });
  });

  it('reads what the SDK sends into the IR', async () => {
    serveStream(KITCHEN_SINK_STREAM);
    await client.responses.stream({ ...params, instructions: 'Be brief.', max_output_tokens: 500 }).finalResponse();
    const ir = translator.request.toIr(received[0]!, { model: 'gpt-5-codex', stream: true });
    expect(ir).toMatchObject({
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'list the files' }] }],
      tools: [{ name: 'ls', strict: false }],
      maxOutputTokens: 500,
      stream: true,
      reasoning: { type: 'adaptive' },
      includeReasoning: true,
    });
  });

  it('raises an upstream failure mid-stream as an SDK error', async () => {
    serveStream([
      { type: 'start', id: 'msg_e', model: 'claude-sonnet-4-6' },
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Half' } },
      { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
    ]);
    const failure = await client.responses
      .stream(params)
      .finalResponse()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toContain('Overloaded');
  });

  it('responses.create() reads a converted complete answer, output_text included', async () => {
    const response: IrResponse = {
      id: 'msg_01',
      model: 'claude-sonnet-4-6',
      content: [
        { type: 'text', text: 'Reading both.' },
        { type: 'tool_call', id: 'toolu_1', name: 'cat', arguments: '{"path":"a"}' },
        { type: 'tool_call', id: 'toolu_2', name: 'cat', arguments: '{"path":"b"}' },
      ],
      stopReason: 'tool_use',
      stopSequence: null,
      usage,
    };
    answer = { contentType: 'application/json', body: JSON.stringify(translator.response.fromIr(response, context)) };
    const created = await client.responses.create({ ...params, stream: false });
    expect(created.id).toBe('resp_msg_01');
    expect(created.model).toBe('gpt-5-codex');
    expect(created.output_text).toBe('Reading both.');
    expect(created.output.map((item) => item.type)).toEqual(['message', 'function_call', 'function_call']);
    expect(created.usage).toMatchObject({ input_tokens: 1420, output_tokens: 48 });
  });
});
