/** The official SDKs parse the mock's answers: proof that the shapes are realistic. */
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from './index.js';

let mock: MockUpstream;
let anthropic: Anthropic;
let openai: OpenAI;
let google: GoogleGenAI;

beforeAll(async () => {
  mock = await startMockUpstream({ name: 'S', tokensPerStream: 6 });
  anthropic = new Anthropic({ apiKey: 'sk-ant-provider', baseURL: mock.url, maxRetries: 0 });
  openai = new OpenAI({ apiKey: 'sk-openai-provider', baseURL: `${mock.url}/v1`, maxRetries: 0 });
  // The gateway's route is /v1beta (what Gemini CLI uses); @google/genai 3.x defaults to /v1.
  google = new GoogleGenAI({ apiKey: 'g-provider', httpOptions: { baseUrl: mock.url, apiVersion: 'v1beta' } });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const userMessage = [{ role: 'user' as const, content: 'hi sdk' }];

describe('@anthropic-ai/sdk', () => {
  it('messages.create (JSON) and messages.stream().finalMessage()', async () => {
    const msg = await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 64, messages: userMessage });
    expect(msg.content[0]).toMatchObject({ type: 'text', text: 'hello from S: hi sdk' });
    expect(msg.usage.cache_creation?.ephemeral_1h_input_tokens).toBe(20);
    // SDK 1.x sends `apiKey` as `Authorization: Bearer`, not `x-api-key`.
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-ant-provider');

    const stream = anthropic.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 64, messages: userMessage });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const final = await stream.finalMessage();
    expect(deltas).toHaveLength(6);
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'hello from S: hi sdk' });
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage).toMatchObject({
      output_tokens: 6,
      cache_read_input_tokens: 100,
      cache_creation_input_tokens: 50,
    });
  });

  it('messages.create({stream:true}) yields raw events; countTokens and models.list parse', async () => {
    const events: string[] = [];
    const raw = await anthropic.messages.create({ model: 'm', max_tokens: 8, messages: userMessage, stream: true });
    for await (const e of raw) events.push(e.type);
    expect(events[0]).toBe('message_start');
    expect(events[events.length - 1]).toBe('message_stop');
    const count = await anthropic.messages.countTokens({ model: 'm', messages: userMessage });
    expect(count.input_tokens).toBeGreaterThanOrEqual(10);
    const models = [];
    for await (const m of anthropic.models.list()) models.push(m.id);
    expect(models).toContain('claude-sonnet-4-6');
  });

  it('surfaces faults as typed errors', async () => {
    mock.queueFaults(
      { kind: 'status', status: 529 },
      { kind: 'invalid-request' },
      { kind: 'error-event' },
      { kind: 'auth' },
    );
    await expect(anthropic.messages.create({ model: 'm', max_tokens: 8, messages: userMessage })).rejects.toMatchObject(
      {
        status: 529,
        error: { error: { type: 'overloaded_error' } },
      },
    );
    await expect(
      anthropic.messages.create({ model: 'm', max_tokens: 8, messages: userMessage }),
    ).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    const stream = anthropic.messages.stream({ model: 'm', max_tokens: 8, messages: userMessage });
    await expect(stream.finalMessage()).rejects.toThrow(/overloaded/i);
    await expect(
      anthropic.messages.create({ model: 'm', max_tokens: 8, messages: userMessage }),
    ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
  });
});

describe('openai', () => {
  it('chat.completions.create JSON and stream with include_usage', async () => {
    const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: userMessage });
    expect(res.choices[0]?.message.content).toBe('hello from S: hi sdk');
    expect(res.usage?.prompt_tokens_details?.cached_tokens).toBe(100);
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-openai-provider');

    const stream = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: userMessage,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('hello from S: hi sdk');
    expect(usage?.completion_tokens_details?.reasoning_tokens).toBe(8);

    const helper = openai.chat.completions.stream({ model: 'gpt-4o-mini', messages: userMessage });
    const final = await helper.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe('hello from S: hi sdk');
  });

  it('responses.create JSON and stream; responses.stream().finalResponse(); compact', async () => {
    const res = await openai.responses.create({ model: 'gpt-5', input: 'hi sdk' });
    expect(res.output_text).toBe('hello from S: hi sdk');
    expect(res.usage?.input_tokens_details.cached_tokens).toBe(100);

    const stream = await openai.responses.create({
      model: 'gpt-5-codex',
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'hi sdk' }] }],
      stream: true,
      store: false,
      reasoning: { effort: 'low' },
      include: ['reasoning.encrypted_content'],
    });
    const types: string[] = [];
    let completed: OpenAI.Responses.Response | undefined;
    for await (const e of stream) {
      types.push(e.type);
      if (e.type === 'response.completed') completed = e.response;
    }
    expect(types.filter((t) => t === 'response.output_text.delta')).toHaveLength(6);
    expect(completed?.usage?.output_tokens_details.reasoning_tokens).toBe(8);
    expect(completed?.output.map((o) => o.type)).toEqual(['reasoning', 'message']);

    const helper = openai.responses.stream({ model: 'gpt-5', input: 'hi sdk', reasoning: { effort: 'low' } });
    const final = await helper.finalResponse();
    expect(final.output_text).toBe('hello from S: hi sdk');
    expect(final.id).toMatch(/^resp_/);

    const compacted = await openai.responses.compact({ model: 'gpt-5', input: 'hi sdk' });
    expect(compacted.output.some((o) => o.type === 'compaction')).toBe(true);
  });

  it('surfaces faults as typed errors', async () => {
    mock.queueFaults(
      { kind: 'rate-limit', retryAfterSeconds: 3 },
      { kind: 'error-event' },
      { kind: 'error-event', variant: 'error' },
    );
    await expect(openai.chat.completions.create({ model: 'm', messages: userMessage })).rejects.toBeInstanceOf(
      OpenAI.RateLimitError,
    );
    const chat = await openai.chat.completions.create({ model: 'm', messages: userMessage, stream: true });
    await expect(
      (async () => {
        for await (const _ of chat) void _;
      })(),
    ).rejects.toBeInstanceOf(OpenAI.APIError);
    const resp = await openai.responses.create({ model: 'm', input: 'x', stream: true });
    await expect(
      (async () => {
        for await (const _ of resp) void _;
      })(),
    ).rejects.toThrow(/server had an error/);
  });
});

describe('@google/genai', () => {
  it('models.generateContent and generateContentStream', async () => {
    const res = await google.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
    expect(res.text).toBe('hello from S: hi sdk');
    expect(res.usageMetadata).toMatchObject({
      cachedContentTokenCount: 100,
      thoughtsTokenCount: 8,
      candidatesTokenCount: 6,
    });
    expect(res.modelVersion).toBe('gemini-2.5-flash');
    expect(mock.requests[0]?.headers['x-goog-api-key']).toBe('g-provider');
    expect(mock.requests[0]?.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');

    const stream = await google.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
    let text = '';
    let last: number | undefined;
    for await (const chunk of stream) {
      text += chunk.text ?? '';
      last = chunk.usageMetadata?.totalTokenCount;
    }
    expect(text).toBe('hello from S: hi sdk');
    expect(last).toBeGreaterThan(100);
    expect(mock.requests[1]?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');

    const count = await google.models.countTokens({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
    expect(count.totalTokens).toBeGreaterThanOrEqual(10);
  });

  it('also answers the SDK default apiVersion v1 (/v1/models/{model}:generateContent)', async () => {
    const v1 = new GoogleGenAI({ apiKey: 'g-provider', httpOptions: { baseUrl: mock.url } });
    const res = await v1.models.generateContent({ model: 'gemini-2.5-flash', contents: 'v1' });
    expect(res.text).toBe('hello from S: v1');
    expect(mock.requests[0]?.path).toBe('/v1/models/gemini-2.5-flash:generateContent');
    const names: string[] = [];
    for await (const m of await v1.models.list()) names.push(m.name ?? '');
    expect(names).toContain('models/gemini-2.5-pro');
    mock.queueFaults({ kind: 'auth' });
    await expect(v1.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' })).rejects.toMatchObject({
      status: 401,
    });
  });

  it('surfaces faults as ApiError', async () => {
    mock.queueFaults({ kind: 'status', status: 503 }, { kind: 'error-event' });
    await expect(google.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' })).rejects.toMatchObject({
      status: 503,
    });
    const consume = async (): Promise<void> => {
      const stream = await google.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'x' });
      for await (const chunk of stream) void chunk;
    };
    await expect(consume()).rejects.toMatchObject({ status: 503 });
  });
});

describe('broken transports, seen through the SDKs', () => {
  const calls: [string, () => Promise<unknown>][] = [
    [
      'anthropic stream',
      () => anthropic.messages.stream({ model: 'm', max_tokens: 8, messages: userMessage }).finalMessage(),
    ],
    ['openai responses stream', () => openai.responses.stream({ model: 'm', input: 'x' }).finalResponse()],
    [
      'genai stream',
      async () => {
        for await (const chunk of await google.models.generateContentStream({ model: 'g', contents: 'x' })) void chunk;
      },
    ],
  ];

  it.each(calls)('%s rejects on reset-mid-stream and reset-before-headers, without retrying', async (_name, call) => {
    mock.queueFaults({ kind: 'reset-mid-stream', afterChunks: 3 }, { kind: 'reset-before-headers' });
    await expect(call()).rejects.toThrow();
    await expect(call()).rejects.toThrow();
    expect(mock.requests.map((r) => r.fault)).toEqual(['reset-mid-stream', 'reset-before-headers']);
  });

  it('an empty 200 stream is an error for Anthropic and OpenAI but silently empty for @google/genai', async () => {
    mock.setFault({ kind: 'empty-200' });
    await expect(calls[0]?.[1]()).rejects.toThrow(/without sending any chunks/);
    await expect(calls[1]?.[1]()).rejects.toThrow(/without sending any events/);
    await expect(calls[2]?.[1]()).resolves.toBeUndefined();
  });
});
