/**
 * Conversion through the real gateway, both directions of the Responses translator: a Responses
 * (Codex) client served by a Claude provider, and an Anthropic (Claude Code) client served by a
 * Codex provider, against the mock upstream. Plain, streamed and tool-call turns; usage billed on
 * the provider's model; the conversion in the decision chain; upstream errors and unsupported
 * features answered in the caller's own shape.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_USAGE, type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import type { CreateProviderInput } from '@cch/core';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { type CallResult, postJson } from '../support/protocol-client.js';

const sse = (events: Record<string, unknown>[]) =>
  events.map((event) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`).join('');

/** The frames of an SSE answer as parsed JSON objects, in order. */
function eventsOf(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>); // the gateway writes JSON frames
}

let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
});
afterAll(async () => {
  await upstream?.close();
});

/**
 * A gateway whose one provider speaks `type`'s protocol and accepts `client` requests by conversion.
 * Billing on the provider's model is the `redirected` policy (the default bills the requested model).
 */
async function gatewayWith(provider: Partial<CreateProviderInput> & Pick<CreateProviderInput, 'baseUrl'>) {
  const gateway = await startGateway({ env: { BILLED_MODEL: 'redirected' } });
  await gateway.addProvider({ retryBudget: 0, ...provider });
  const { key } = await gateway.addCaller();
  return { gateway, key };
}

beforeEach(() => {
  upstream.reset();
});

const lastUpstreamBody = () => JSON.parse(upstream.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;

describe('a Responses (Codex) client served by a Claude provider', () => {
  let gateway: GatewayHarness;
  let key: string;
  beforeAll(async () => {
    ({ gateway, key } = await gatewayWith({
      name: 'claude-for-codex',
      type: 'claude',
      baseUrl: upstream.url,
      apiKey: 'sk-ant-provider-secret-0123456789',
      acceptedFormats: ['openai-responses'],
      modelRedirects: [{ match: 'prefix', pattern: 'gpt-', target: 'claude-sonnet-4-6' }],
    }));
  });
  afterAll(() => gateway?.close());

  const responses = (body: Record<string, unknown>): Promise<CallResult> =>
    postJson(
      `${gateway.url}/v1/responses`,
      { authorization: `Bearer ${key}` },
      {
        model: 'gpt-5-codex',
        instructions: 'be brief',
        store: false,
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say hi' }] }],
        ...body,
      },
    );

  it('answers a JSON request as a Response, billed on the Claude model, conversion in the chain', async () => {
    const result = await responses({ max_output_tokens: 300 });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      object: 'response',
      status: 'completed',
      model: 'gpt-5-codex',
      output: [{ type: 'message', content: [{ type: 'output_text', text: 'hello from A: say hi' }] }],
      usage: { input_tokens_details: { cached_tokens: MOCK_USAGE.cacheRead } },
    });
    const seen = upstream.requests[0]!;
    expect(seen.path).toBe('/v1/messages');
    expect(seen.headers['x-api-key']).toBe('sk-ant-provider-secret-0123456789');
    expect(lastUpstreamBody()).toMatchObject({
      model: 'claude-sonnet-4-6',
      system: [{ type: 'text', text: 'be brief' }],
      max_tokens: 300,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'say hi' }] }],
    });
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      protocol: 'openai-responses',
      requestedModel: 'gpt-5-codex',
      upstreamModel: 'claude-sonnet-4-6',
      billedModel: 'claude-sonnet-4-6',
      cacheReadTokens: MOCK_USAGE.cacheRead,
    });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(Number(row.costUsd)).toBeGreaterThan(0);
    expect(row.decisionChain).toMatchObject({
      attempts: [{ converted: { from: 'openai-responses', to: 'anthropic' } }],
    });
  });

  it('streams the events Codex reads, every one numbered, ending in response.completed with usage', async () => {
    const result = await responses({ stream: true });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(result.text);
    expect(events.map((event) => event['sequence_number'])).toEqual(events.map((_, i) => i));
    const types = events.map((event) => event['type']);
    expect(types.slice(0, 4)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(types.slice(-4)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const text = events.filter((e) => e['type'] === 'response.output_text.delta').map((e) => e['delta']);
    expect(text.join('')).toBe('hello from A: say hi');
    const completed = events.at(-1)?.['response'] as Record<string, unknown>;
    expect(completed['usage']).toMatchObject({ input_tokens: expect.any(Number), output_tokens: expect.any(Number) });
    expect((completed['usage'] as Record<string, number>)['output_tokens']).toBeGreaterThan(0);
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      isStream: true,
      billedModel: 'claude-sonnet-4-6',
      cacheReadTokens: MOCK_USAGE.cacheRead,
    });
    expect(row.outputTokens).toBeGreaterThan(0);
  });

  it('turns a Claude tool call into a function call, text before it kept, and sends the result back', async () => {
    upstream.setFault({
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: sse([
        {
          type: 'message_start',
          message: {
            id: 'msg_tool',
            model: 'claude-sonnet-4-6',
            usage: { input_tokens: 40, output_tokens: 1, cache_read_input_tokens: 8 },
          },
        },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Let me list.' } },
        { type: 'content_block_stop', index: 0 },
        {
          type: 'content_block_start',
          index: 1,
          content_block: { type: 'tool_use', id: 'toolu_ls', name: 'exec_command', input: {} },
        },
        { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"cmd":' } },
        { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '"ls"}' } },
        { type: 'content_block_stop', index: 1 },
        { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 21 } },
        { type: 'message_stop' },
      ]),
    });
    const tools = [
      {
        type: 'function',
        name: 'exec_command',
        strict: false,
        parameters: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] },
      },
      { type: 'web_search', external_web_access: false },
    ];
    const first = await responses({ stream: true, tools, tool_choice: 'auto', parallel_tool_calls: true });
    expect(lastUpstreamBody()['tools']).toEqual([
      {
        name: 'exec_command',
        input_schema: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] },
        strict: false,
      },
    ]);
    const done = eventsOf(first.text).filter((event) => event['type'] === 'response.output_item.done');
    const items = done.map((event) => event['item'] as Record<string, unknown>);
    expect(items).toEqual([
      expect.objectContaining({ type: 'message', content: [expect.objectContaining({ text: 'Let me list.' })] }),
      expect.objectContaining({
        type: 'function_call',
        call_id: 'toolu_ls',
        name: 'exec_command',
        arguments: '{"cmd":"ls"}',
      }),
    ]);
    const completed = eventsOf(first.text).at(-1);
    expect(completed).toMatchObject({
      type: 'response.completed',
      response: { usage: { input_tokens: 48, input_tokens_details: { cached_tokens: 8 }, output_tokens: 21 } },
    });

    const second = await responses({
      tools,
      input: [
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say hi' }] },
        ...items,
        { type: 'function_call_output', call_id: 'toolu_ls', output: 'README.md' },
      ],
    });
    expect(second.status).toBe(200);
    expect(lastUpstreamBody()['messages']).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'say hi' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me list.' },
          { type: 'tool_use', id: 'toolu_ls', name: 'exec_command', input: { cmd: 'ls' } },
        ],
      },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_ls', content: [{ type: 'text', text: 'README.md' }] }],
      },
    ]);
  });

  it("answers the provider's 400 in the OpenAI error shape", async () => {
    upstream.setFault({ kind: 'invalid-request' });
    const result = await responses({});
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringMatching(/prompt/i) },
    });
  });

  it('ends a stream whose provider fails mid-way with error and response.failed, never a quiet success', async () => {
    upstream.setFault({
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: sse([
        { type: 'message_start', message: { id: 'msg_cut', model: 'claude-sonnet-4-6', usage: { input_tokens: 9 } } },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Half an ans' } },
        { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      ]),
    });
    const result = await responses({ stream: true });
    expect(result.status).toBe(200);
    const events = eventsOf(result.text);
    expect(events.map((event) => event['type']).slice(-3)).toEqual([
      'response.output_text.delta',
      'error',
      'response.failed',
    ]);
    expect(events.at(-1)).toMatchObject({
      response: { status: 'failed', error: { code: 'server_is_overloaded', message: 'Overloaded' } },
    });
  });

  it('answers an error the provider streams before any content in the OpenAI error shape', async () => {
    upstream.setFault({ kind: 'error-event' });
    const result = await responses({ stream: true });
    expect(result.status).toBeGreaterThanOrEqual(500);
    expect(result.json).toMatchObject({ error: { type: expect.any(String), message: expect.any(String) } });
    expect(result.text).not.toContain('response.completed');
  });

  it('refuses previous_response_id with a 400 naming it, without calling the provider', async () => {
    const result = await responses({ previous_response_id: 'resp_123' });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('previous_response_id') },
    });
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('an Anthropic (Claude Code) client served by a Codex provider', () => {
  let gateway: GatewayHarness;
  let key: string;
  beforeAll(async () => {
    ({ gateway, key } = await gatewayWith({
      name: 'codex-for-claude',
      type: 'codex',
      baseUrl: `${upstream.url}/v1`,
      apiKey: 'sk-openai-provider-secret-0123456789',
      acceptedFormats: ['anthropic'],
      modelRedirects: [{ match: 'prefix', pattern: 'claude-', target: 'gpt-5-codex' }],
    }));
  });
  afterAll(() => gateway?.close());

  const messages = (body: Record<string, unknown>): Promise<CallResult> =>
    postJson(
      `${gateway.url}/v1/messages`,
      { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
      {
        model: 'claude-sonnet-4-6',
        max_tokens: 1000,
        system: [{ type: 'text', text: 'be brief' }],
        messages: [{ role: 'user', content: 'say hi' }],
        ...body,
      },
    );

  it('answers a JSON request as a Message, billed on the Codex model, conversion in the chain', async () => {
    const result = await messages({});
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      type: 'message',
      model: 'claude-sonnet-4-6',
      content: [{ type: 'text', text: 'hello from A: say hi' }],
      stop_reason: 'end_turn',
      usage: { cache_read_input_tokens: MOCK_USAGE.cacheRead },
    });
    expect(upstream.requests[0]?.path).toBe('/v1/responses');
    expect(upstream.requests[0]?.headers.authorization).toBe('Bearer sk-openai-provider-secret-0123456789');
    expect(lastUpstreamBody()).toMatchObject({
      model: 'gpt-5-codex',
      instructions: 'be brief',
      input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say hi' }] }],
      max_output_tokens: 1000,
      store: false,
    });
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      protocol: 'anthropic',
      requestedModel: 'claude-sonnet-4-6',
      billedModel: 'gpt-5-codex',
      cacheReadTokens: MOCK_USAGE.cacheRead,
      reasoningTokens: MOCK_USAGE.reasoning,
    });
    expect(row.decisionChain).toMatchObject({
      attempts: [{ converted: { from: 'anthropic', to: 'openai-responses' } }],
    });
  });

  it('streams Claude events with OpenAI reasoning as signed thinking and non-zero usage', async () => {
    const result = await messages({ stream: true, thinking: { type: 'enabled', budget_tokens: 4096 } });
    expect(result.status).toBe(200);
    expect(lastUpstreamBody()).toMatchObject({
      reasoning: { effort: 'low', summary: 'auto' },
      include: ['reasoning.encrypted_content'],
    });
    const events = eventsOf(result.text);
    expect(events[0]).toMatchObject({ type: 'message_start', message: { model: 'claude-sonnet-4-6' } });
    const signature = events.find((e) => JSON.stringify(e['delta'] ?? {}).includes('"signature_delta"'));
    expect(signature).toMatchObject({ delta: { signature: expect.stringMatching(/^cch\.openai-responses\./) } });
    const text = events
      .map((e) => e['delta'] as Record<string, unknown> | undefined)
      .filter((d) => d?.['type'] === 'text_delta')
      .map((d) => d?.['text']);
    expect(text.join('')).toBe('hello from A: say hi');
    const delta = events.find((e) => e['type'] === 'message_delta');
    expect(delta).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { cache_read_input_tokens: MOCK_USAGE.cacheRead },
    });
    expect(delta).toMatchObject({ usage: { output_tokens: expect.toSatisfy((n: number) => n > 0) } });
    expect(events.at(-1)).toMatchObject({ type: 'message_stop' });
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({ isStream: true, billedModel: 'gpt-5-codex', reasoningTokens: MOCK_USAGE.reasoning });
  });

  it('turns a Responses function call into tool_use after the text that came before it', async () => {
    const message = {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Reading.', annotations: [] }],
    };
    const call = {
      id: 'fc_1',
      type: 'function_call',
      status: 'completed',
      call_id: 'call_r',
      name: 'Read',
      arguments: '{"file_path":"a.md"}',
    };
    const usage = {
      input_tokens: 90,
      input_tokens_details: { cached_tokens: 30 },
      output_tokens: 12,
      output_tokens_details: { reasoning_tokens: 0 },
    };
    upstream.setFault({
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: sse([
        {
          type: 'response.created',
          sequence_number: 0,
          response: { id: 'resp_t', model: 'gpt-5-codex', status: 'in_progress' },
        },
        { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { ...message, content: [] } },
        {
          type: 'response.output_text.delta',
          sequence_number: 2,
          output_index: 0,
          content_index: 0,
          delta: 'Reading.',
        },
        { type: 'response.output_item.done', sequence_number: 3, output_index: 0, item: message },
        { type: 'response.output_item.added', sequence_number: 4, output_index: 1, item: { ...call, arguments: '' } },
        {
          type: 'response.function_call_arguments.delta',
          sequence_number: 5,
          output_index: 1,
          delta: '{"file_path":"a.md"}',
        },
        { type: 'response.output_item.done', sequence_number: 6, output_index: 1, item: call },
        {
          type: 'response.completed',
          sequence_number: 7,
          response: { id: 'resp_t', model: 'gpt-5-codex', status: 'completed', output: [message, call], usage },
        },
      ]),
    });
    const tools = [{ name: 'Read', input_schema: { type: 'object', properties: { file_path: { type: 'string' } } } }];
    const result = await messages({
      stream: true,
      tools,
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
    });
    expect(lastUpstreamBody()).toMatchObject({
      tools: [{ type: 'function', name: 'Read', strict: false }],
      tool_choice: 'required',
      parallel_tool_calls: false,
    });
    const events = eventsOf(result.text);
    const starts = events.filter((e) => e['type'] === 'content_block_start').map((e) => e['content_block']);
    expect(starts).toEqual([
      { type: 'text', text: '' },
      { type: 'tool_use', id: 'call_r', name: 'Read', input: {} },
    ]);
    expect(events.find((e) => e['type'] === 'message_delta')).toMatchObject({
      delta: { stop_reason: 'tool_use' },
      usage: { input_tokens: 60, cache_read_input_tokens: 30, output_tokens: 12 },
    });
  });

  it("answers the provider's 400 in the Anthropic error shape", async () => {
    upstream.setFault({ kind: 'invalid-request' });
    const result = await messages({});
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('refuses stop sequences, which Responses cannot express, with a 400 naming them', async () => {
    const result = await messages({ stop_sequences: ['END'] });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('Stop sequences') },
    });
    expect(upstream.requests).toHaveLength(0);
  });
});
