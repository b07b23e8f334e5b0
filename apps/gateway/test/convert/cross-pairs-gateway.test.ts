/**
 * Through the real gateway, every pair of non-Anthropic protocols: Chat Completions, Responses and
 * Gemini clients each served by a provider speaking one of the other two (the mock upstream plays
 * the provider). For each pair: a plain answer in the client's shape from a request in the
 * provider's shape, with the usage carried over; a stream the client's own parser would read to its
 * proper end; the provider's tool call handed over as the client's tool call; the log row naming
 * the provider and a cost.
 */
import { createSseParser, type DecisionChain, type ProtocolId, type Provider, type ProviderType } from '@cch/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseInputTokens, MOCK_USAGE, type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { type CallResult, postJson } from '../support/protocol-client.js';

type Json = Record<string, unknown>;
type ClientName = 'Chat' | 'Responses' | 'Gemini';

/** What a client gets back, read the way that protocol's client reads it. */
interface Usage {
  input: number;
  /** Output tokens including reasoning (what the provider bills as output). */
  output: number;
}
interface ToolCall {
  name: string;
  args: unknown;
}

const PROMPT = 'say hi';
const TOOL_ARGS = { path: 'src/lib', all: true };
const TOOL_PROMPT = `Please [[call ls ${JSON.stringify(TOOL_ARGS)}]]`;
/** The mock's output tokens (5 text chunks) plus its reasoning tokens. */
const MOCK_OUTPUT = 5 + MOCK_USAGE.reasoning;
const SCHEMA = { type: 'object', properties: { path: { type: 'string' }, all: { type: 'boolean' } } };
const GEMINI_SCHEMA = { type: 'OBJECT', properties: { path: { type: 'STRING' }, all: { type: 'BOOLEAN' } } };

function sseFrames(text: string): { event: string | null; data: string }[] {
  const parser = createSseParser();
  return [...parser.push(new TextEncoder().encode(text)), ...parser.end()];
}

/** The JSON data frames of a stream (a Chat stream's `[DONE]` left out). */
function sseJson(text: string): Json[] {
  return sseFrames(text)
    .filter((frame) => frame.data !== '[DONE]')
    .map((frame) => JSON.parse(frame.data) as Json); // the gateway writes JSON frames
}

const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);

interface CallOptions {
  stream: boolean;
  prompt?: string;
  tools?: boolean;
}

interface ClientCase {
  name: ClientName;
  protocol: ProtocolId;
  model: string;
  call(gateway: string, key: string, options: CallOptions): Promise<CallResult>;
  /** The answer's text, its usage and its tool calls, from a whole answer. */
  answer(json: unknown): { text: string; usage: Usage; calls: ToolCall[]; model: unknown };
  /** The same from a stream, failing when the stream does not end as the protocol ends. */
  stream(text: string): { text: string; usage: Usage | null; calls: ToolCall[] };
}

const CHAT_CLIENT: ClientCase = {
  name: 'Chat',
  protocol: 'openai-chat',
  model: 'gpt-4.1',
  call: (url, key, o) =>
    postJson(
      `${url}/v1/chat/completions`,
      { authorization: `Bearer ${key}` },
      {
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: o.prompt ?? PROMPT }],
        ...(o.stream && { stream: true, stream_options: { include_usage: true } }),
        ...(o.tools && {
          tools: [{ type: 'function', function: { name: 'ls', description: 'List files', parameters: SCHEMA } }],
        }),
      },
    ),
  answer(json) {
    const message = at(json, 'choices', 0, 'message') as Json;
    const calls = ((message['tool_calls'] ?? []) as { function: { name: string; arguments: string } }[]).map((c) => ({
      name: c.function.name,
      args: JSON.parse(c.function.arguments) as unknown,
    }));
    const usage = at(json, 'usage') as Json;
    return {
      text: (message['content'] as string | null) ?? '',
      usage: { input: usage['prompt_tokens'] as number, output: usage['completion_tokens'] as number },
      calls,
      model: at(json, 'model'),
    };
  },
  stream(text) {
    expect(sseFrames(text).at(-1)?.data).toBe('[DONE]');
    const chunks = sseJson(text);
    const finish = chunks.map((c) => at(c, 'choices', 0, 'finish_reason')).filter((f) => f !== null && f !== undefined);
    expect(finish).toHaveLength(1);
    let content = '';
    const calls = new Map<number, { name: string; arguments: string }>();
    for (const chunk of chunks) {
      const delta = at(chunk, 'choices', 0, 'delta') as Json | undefined;
      content += typeof delta?.['content'] === 'string' ? delta['content'] : '';
      for (const call of (delta?.['tool_calls'] ?? []) as { index: number; function?: Json }[]) {
        const seen = calls.get(call.index) ?? { name: '', arguments: '' };
        seen.name += (call.function?.['name'] as string | undefined) ?? '';
        seen.arguments += (call.function?.['arguments'] as string | undefined) ?? '';
        calls.set(call.index, seen);
      }
    }
    const usage = chunks.map((c) => c['usage'] as Json | null | undefined).find((u) => u);
    expect(finish[0]).toBe(calls.size > 0 ? 'tool_calls' : 'stop');
    return {
      text: content,
      usage: usage ? { input: usage['prompt_tokens'] as number, output: usage['completion_tokens'] as number } : null,
      calls: [...calls.values()].map((c) => ({ name: c.name, args: JSON.parse(c.arguments) as unknown })),
    };
  },
};

function responsesOutput(output: Json[]): { text: string; calls: ToolCall[] } {
  const text = output
    .filter((item) => item['type'] === 'message')
    .flatMap((item) => item['content'] as Json[])
    .filter((part) => part['type'] === 'output_text')
    .map((part) => part['text'])
    .join('');
  const calls = output
    .filter((item) => item['type'] === 'function_call')
    .map((item) => ({ name: item['name'] as string, args: JSON.parse(item['arguments'] as string) as unknown }));
  return { text, calls };
}

const responsesUsage = (usage: Json): Usage => ({
  input: usage['input_tokens'] as number,
  output: usage['output_tokens'] as number,
});

const RESPONSES_CLIENT: ClientCase = {
  name: 'Responses',
  protocol: 'openai-responses',
  model: 'gpt-5',
  call: (url, key, o) =>
    postJson(
      `${url}/v1/responses`,
      { authorization: `Bearer ${key}` },
      {
        model: 'gpt-5',
        store: false,
        stream: o.stream,
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: o.prompt ?? PROMPT }] }],
        ...(o.tools && {
          tools: [{ type: 'function', name: 'ls', description: 'List files', parameters: SCHEMA, strict: false }],
        }),
      },
    ),
  answer(json) {
    expect(json).toMatchObject({ object: 'response', status: 'completed' });
    return {
      ...responsesOutput(at(json, 'output') as Json[]),
      usage: responsesUsage(at(json, 'usage') as Json),
      model: at(json, 'model'),
    };
  },
  stream(text) {
    const events = sseJson(text);
    expect(events.map((e) => e['sequence_number'])).toEqual(events.map((_, i) => i));
    expect(events[0]?.['type']).toBe('response.created');
    const completed = events.at(-1);
    expect(completed).toMatchObject({ type: 'response.completed', response: { status: 'completed' } });
    const deltas = events.filter((e) => e['type'] === 'response.output_text.delta').map((e) => e['delta']);
    const items = events.filter((e) => e['type'] === 'response.output_item.done').map((e) => e['item'] as Json);
    const streamed = responsesOutput(items);
    expect(streamed.text).toBe(deltas.join(''));
    const usage = at(completed, 'response', 'usage') as Json | null | undefined;
    return { text: deltas.join(''), calls: streamed.calls, usage: usage ? responsesUsage(usage) : null };
  },
};

type GeminiPart = { text?: string; thought?: boolean; functionCall?: { name: string; args: unknown } };
const geminiParts = (chunk: unknown): GeminiPart[] => (at(chunk, 'candidates', 0, 'content', 'parts') ?? []) as [];
const geminiText = (parts: GeminiPart[]) =>
  parts
    .filter((p) => !p.thought)
    .map((p) => p.text ?? '')
    .join('');
const geminiCalls = (parts: GeminiPart[]): ToolCall[] =>
  parts.flatMap((p) => (p.functionCall ? [{ name: p.functionCall.name, args: p.functionCall.args }] : []));
const geminiUsage = (meta: Json): Usage => ({
  input: meta['promptTokenCount'] as number,
  output: ((meta['candidatesTokenCount'] as number | undefined) ?? 0) + ((meta['thoughtsTokenCount'] as number) ?? 0),
});

const GEMINI_CLIENT: ClientCase = {
  name: 'Gemini',
  protocol: 'gemini',
  model: 'gemini-2.5-pro',
  call: (url, key, o) => {
    const method = o.stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
    return postJson(
      `${url}/v1beta/models/gemini-2.5-pro:${method}`,
      { 'x-goog-api-key': key },
      {
        contents: [{ role: 'user', parts: [{ text: o.prompt ?? PROMPT }] }],
        ...(o.tools && {
          tools: [{ functionDeclarations: [{ name: 'ls', description: 'List files', parameters: GEMINI_SCHEMA }] }],
        }),
      },
    );
  },
  answer(json) {
    expect(at(json, 'candidates', 0, 'finishReason')).toBe('STOP');
    const parts = geminiParts(json);
    return {
      text: geminiText(parts),
      calls: geminiCalls(parts),
      usage: geminiUsage(at(json, 'usageMetadata') as Json),
      model: at(json, 'modelVersion'),
    };
  },
  stream(text) {
    const chunks = sseJson(text);
    const finishes = chunks.map((c) => at(c, 'candidates', 0, 'finishReason')).filter((f) => f !== undefined);
    expect(finishes).toEqual(['STOP']);
    expect(at(chunks.at(-1), 'candidates', 0, 'finishReason')).toBe('STOP');
    const parts = chunks.flatMap(geminiParts);
    const meta = at(chunks.at(-1), 'usageMetadata') as Json | undefined;
    return { text: geminiText(parts), calls: geminiCalls(parts), usage: meta ? geminiUsage(meta) : null };
  },
};

interface ProviderCase {
  name: ClientName;
  type: ProviderType;
  protocol: ProtocolId;
  model: string;
  /** The mock upstream's name, echoed in its answers. */
  mock: string;
  baseUrl(upstream: string): string;
  path(stream: boolean): string;
  /** The prompt's text and the offered tools' names, read from the provider-shaped body. */
  read(body: Json): { prompt: string; tools: string[] };
  /** Makes the mock's next answer a call of `ls` (null: the mock answers the tool prompt so itself). */
  scriptToolCall: ((upstream: MockUpstream, stream: boolean) => void) | null;
}

const lastText = (parts: unknown): string =>
  typeof parts === 'string' ? parts : ((parts ?? []) as { text?: string }[]).map((p) => p.text ?? '').join('');

const CHAT_PROVIDER: ProviderCase = {
  name: 'Chat',
  type: 'openai-compatible',
  protocol: 'openai-chat',
  model: 'gpt-4.1-mini',
  mock: 'C',
  baseUrl: (url) => url,
  path: () => '/v1/chat/completions',
  read: (body) => ({
    prompt: lastText((body['messages'] as Json[]).at(-1)?.['content']),
    tools: ((body['tools'] ?? []) as { function: { name: string } }[]).map((t) => t.function.name),
  }),
  scriptToolCall: null, // the mock calls the tool a `[[call …]]` prompt names
};

const sseEvent = (event: Json) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`;

/** The mock's next answer: a 200 with this body, as a stream or as JSON. */
function serveScripted(upstream: MockUpstream, body: string, stream: boolean): void {
  const contentType = stream ? 'text/event-stream' : 'application/json';
  upstream.queueFaults({ kind: 'status', status: 200, body, headers: { 'content-type': contentType } });
}

function scriptResponsesCall(upstream: MockUpstream, stream: boolean): void {
  const call = {
    id: 'fc_1',
    type: 'function_call',
    status: 'completed',
    call_id: 'call_ls',
    name: 'ls',
    arguments: JSON.stringify(TOOL_ARGS),
  };
  const usage = { input_tokens: 60, input_tokens_details: { cached_tokens: 0 }, output_tokens: 9 };
  const response = { id: 'resp_t', object: 'response', model: 'gpt-5-codex' };
  const completed = { ...response, status: 'completed', output: [call], usage };
  const [first, second] = [call.arguments.slice(0, 9), call.arguments.slice(9)];
  const body = stream
    ? [
        { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
        {
          type: 'response.output_item.added',
          output_index: 0,
          item: { ...call, status: 'in_progress', arguments: '' },
        },
        { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: first },
        { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: second },
        { type: 'response.function_call_arguments.done', item_id: 'fc_1', output_index: 0, arguments: call.arguments },
        { type: 'response.output_item.done', output_index: 0, item: call },
        { type: 'response.completed', response: completed },
      ]
        .map((event, i) => sseEvent({ ...event, sequence_number: i }))
        .join('')
    : JSON.stringify(completed);
  serveScripted(upstream, body, stream);
}

const RESPONSES_PROVIDER: ProviderCase = {
  name: 'Responses',
  type: 'codex',
  protocol: 'openai-responses',
  model: 'gpt-5-codex',
  mock: 'R',
  baseUrl: (url) => `${url}/v1`,
  path: () => '/v1/responses',
  read: (body) => ({
    prompt: lastText((body['input'] as Json[]).at(-1)?.['content']),
    tools: ((body['tools'] ?? []) as { name: string }[]).map((t) => t.name),
  }),
  scriptToolCall: scriptResponsesCall,
};

function scriptGeminiCall(upstream: MockUpstream, stream: boolean): void {
  const answer = {
    candidates: [
      {
        content: { role: 'model', parts: [{ functionCall: { name: 'ls', args: TOOL_ARGS } }] },
        finishReason: 'STOP',
        index: 0,
      },
    ],
    usageMetadata: { promptTokenCount: 60, candidatesTokenCount: 9, totalTokenCount: 69 },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'resp-tool',
  };
  serveScripted(upstream, stream ? `data: ${JSON.stringify(answer)}\r\n\r\n` : JSON.stringify(answer), stream);
}

const GEMINI_PROVIDER: ProviderCase = {
  name: 'Gemini',
  type: 'gemini',
  protocol: 'gemini',
  model: 'gemini-2.5-flash',
  mock: 'G',
  baseUrl: (url) => url,
  path: (stream) => `/v1beta/models/gemini-2.5-flash:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
  read: (body) => ({
    prompt: lastText((body['contents'] as Json[]).at(-1)?.['parts']),
    tools: ((body['tools'] ?? []) as { functionDeclarations: { name: string }[] }[]).flatMap((t) =>
      t.functionDeclarations.map((d) => d.name),
    ),
  }),
  scriptToolCall: scriptGeminiCall,
};

const PAIRS: { client: ClientCase; provider: ProviderCase }[] = [
  { client: CHAT_CLIENT, provider: RESPONSES_PROVIDER },
  { client: CHAT_CLIENT, provider: GEMINI_PROVIDER },
  { client: RESPONSES_CLIENT, provider: CHAT_PROVIDER },
  { client: RESPONSES_CLIENT, provider: GEMINI_PROVIDER },
  { client: GEMINI_CLIENT, provider: CHAT_PROVIDER },
  { client: GEMINI_CLIENT, provider: RESPONSES_PROVIDER },
];

let gateway: GatewayHarness;
const upstreams = new Map<ClientName, MockUpstream>();

beforeAll(async () => {
  const [started, ...mocks] = await Promise.all([
    startGateway({ env: { BILLED_MODEL: 'redirected' } }),
    ...[CHAT_PROVIDER, RESPONSES_PROVIDER, GEMINI_PROVIDER].map((p) => startMockUpstream({ name: p.mock })),
  ]);
  gateway = started;
  for (const [i, name] of (['Chat', 'Responses', 'Gemini'] as const).entries()) upstreams.set(name, mocks[i]!);
});
afterAll(async () => {
  await Promise.all([gateway?.close(), ...[...upstreams.values()].map((u) => u.close())]);
});
beforeEach(() => {
  for (const upstream of upstreams.values()) upstream.reset();
});

const titled = PAIRS.map(
  (pair) =>
    [
      `answers a ${pair.client.name} client from a ${pair.provider.name} provider in ${pair.client.name}'s shape`,
      pair,
    ] as const,
);

describe.each(titled)('%s', (_title, { client, provider }) => {
  const upstream = () => upstreams.get(provider.name)!;
  const answerText = `hello from ${provider.mock}: ${PROMPT}`;
  let key: string;
  let providerRow: Provider;

  // Each pair has its own group: its provider is the only one that can serve its caller.
  beforeAll(async () => {
    const group = `${client.name}-to-${provider.name}`.toLowerCase();
    providerRow = await gateway.addProvider({
      name: `${provider.name}-for-${client.name}`.toLowerCase(),
      type: provider.type,
      baseUrl: provider.baseUrl(upstream().url),
      apiKey: `sk-${provider.mock}-provider-secret-0123456789`,
      acceptedFormats: [client.protocol],
      groups: [group],
      modelRedirects: [{ match: 'exact', pattern: client.model, target: provider.model }],
      retryBudget: 0,
    });
    ({ key } = await gateway.addCaller({ group }));
  });

  /** The one request the provider got, its body parsed. */
  function sent(stream: boolean): { body: Json; bytes: number } {
    expect(upstream().requests).toHaveLength(1);
    const request = upstream().requests[0]!;
    expect(request.path).toBe(provider.path(stream));
    return { body: JSON.parse(request.body) as Json, bytes: Buffer.byteLength(request.body) };
  }

  /** The log row: this provider, the conversion, billed on the provider's model at a cost. */
  async function expectBilled(result: CallResult, stream: boolean): Promise<void> {
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      providerId: providerRow.id,
      protocol: client.protocol,
      requestedModel: client.model,
      upstreamModel: provider.model,
      billedModel: provider.model,
      statusCode: 200,
      isStream: stream,
    });
    expect((row.decisionChain as DecisionChain).attempts.at(-1)?.converted).toEqual({
      from: client.protocol,
      to: provider.protocol,
    });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(row.outputTokens).toBeGreaterThan(0);
    expect(Number(row.costUsd)).toBeGreaterThan(0);
  }

  it(`answers a plain request from a ${provider.name}-shaped upstream call, usage carried over`, async () => {
    const result = await client.call(gateway.url, key, { stream: false });
    expect(result.status, result.text).toBe(200);
    const answer = client.answer(result.json);
    expect(answer.text).toBe(answerText);
    expect(answer.model).toBe(client.model);
    expect(answer.calls).toEqual([]);
    const { body, bytes } = sent(false);
    expect(provider.read(body)).toEqual({ prompt: PROMPT, tools: [] });
    if (provider.protocol !== 'gemini') expect(body['model']).toBe(provider.model);
    // the mock counts the body's bytes (and its cached tokens) as input, 5 chunks + reasoning as output
    expect(answer.usage).toEqual({ input: baseInputTokens(bytes) + MOCK_USAGE.cacheRead, output: MOCK_OUTPUT });
    await expectBilled(result, false);
  });

  it(`streams the answer in ${client.name}'s own protocol to its proper end, usage carried over`, async () => {
    const result = await client.call(gateway.url, key, { stream: true });
    expect(result.status, result.text).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/text\/event-stream/);
    const streamed = client.stream(result.text);
    expect(streamed.text).toBe(answerText);
    expect(streamed.calls).toEqual([]);
    const { body, bytes } = sent(true);
    expect(provider.read(body).prompt).toBe(PROMPT);
    if (provider.protocol !== 'gemini') expect(body['stream']).toBe(true);
    expect(streamed.usage).toEqual({ input: baseInputTokens(bytes) + MOCK_USAGE.cacheRead, output: MOCK_OUTPUT });
    await expectBilled(result, true);
  });

  it.each([
    ['whole', false],
    ['streamed', true],
  ] as const)(
    `hands the ${provider.name} provider's tool call to the client as a ${client.name} tool call, %s`,
    async (_how, stream) => {
      provider.scriptToolCall?.(upstream(), stream);
      const result = await client.call(gateway.url, key, { stream, prompt: TOOL_PROMPT, tools: true });
      expect(result.status, result.text).toBe(200);
      const { calls, text } = stream ? client.stream(result.text) : client.answer(result.json);
      expect(calls).toEqual([{ name: 'ls', args: TOOL_ARGS }]);
      expect(text).toBe('');
      const { body } = sent(stream);
      expect(provider.read(body)).toEqual({ prompt: TOOL_PROMPT, tools: ['ls'] });
      // the scripted answer was the one given (the Chat mock answers the prompt by itself)
      expect(upstream().requests[0]?.fault).toBe(provider.scriptToolCall ? 'status' : null);
    },
  );
});
