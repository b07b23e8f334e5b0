/**
 * Through the real gateway: Claude clients served by a Gemini provider, and Gemini / Gemini CLI
 * clients served by a Claude provider (the mock upstream plays both), plain, streamed and with tool
 * calls; usage billed on the provider's model, the conversion in the decision chain, upstream
 * errors and unsupported features answered in the caller's shape.
 */
import { randomUUID } from 'node:crypto';
import { createSseParser, type DecisionChain } from '@cch/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { postJson } from '../support/protocol-client.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;
let key: string;

const GEMINI_KEY = 'AIza-gemini-provider-secret-0123456789';
const CLAUDE_KEY = 'sk-ant-claude-provider-secret-0123456789';

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'G', tokensPerStream: 4 })]);
  await gateway.addProvider({
    name: 'gemini-for-claude',
    type: 'gemini',
    baseUrl: upstream.url,
    apiKey: GEMINI_KEY,
    acceptedFormats: ['anthropic'],
    allowedModels: ['claude-sonnet-4-6'],
    modelRedirects: [{ match: 'exact', pattern: 'claude-sonnet-4-6', target: 'gemini-2.5-flash' }],
    retryBudget: 0,
  });
  await gateway.addProvider({
    name: 'claude-for-gemini',
    type: 'claude',
    baseUrl: upstream.url,
    apiKey: CLAUDE_KEY,
    acceptedFormats: ['gemini', 'gemini-cli'],
    allowedModels: ['gemini-2.5-pro'],
    modelRedirects: [{ match: 'exact', pattern: 'gemini-2.5-pro', target: 'claude-sonnet-4-6' }],
    retryBudget: 0,
  });
  await gateway.addProvider({
    name: 'code-assist-for-claude',
    type: 'gemini-cli',
    baseUrl: upstream.url,
    apiKey: GEMINI_KEY,
    acceptedFormats: ['anthropic'],
    allowedModels: ['claude-haiku-4-5'],
    modelRedirects: [{ match: 'exact', pattern: 'claude-haiku-4-5', target: 'gemini-2.5-pro' }],
    retryBudget: 0,
  });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => {
  await Promise.all([gateway?.close(), upstream?.close()]);
});
beforeEach(() => upstream.reset());

const claudeHeaders = () => ({ 'x-api-key': key, 'x-claude-code-session-id': randomUUID() });
const geminiHeaders = () => ({ 'x-goog-api-key': key, 'x-gemini-session-id': randomUUID() });
const claudeBody = (extra: Record<string, unknown> = {}) => ({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'say hi' }],
  ...extra,
});
const contents = [{ role: 'user', parts: [{ text: 'say hi' }] }];
const geminiUrl = (method: string, query = '') => `${gateway.url}/v1beta/models/gemini-2.5-pro:${method}${query}`;

function sseEvents(text: string): Record<string, unknown>[] {
  const frames = createSseParser().push(new TextEncoder().encode(text));
  return frames.map((frame) => JSON.parse(frame.data) as Record<string, unknown>); // JSON frames
}

/** The conversion the first attempt of a log row's decision chain records. */
function conversionOf(row: { decisionChain: unknown }): unknown {
  return (row.decisionChain as DecisionChain).attempts[0]?.converted;
}

/** A scripted 200 answer of the mock upstream (the `status` fault with a verbatim body). */
function script(pathPrefix: string, body: string, contentType: string) {
  upstream.queueFaults({ kind: 'status', status: 200, body, headers: { 'content-type': contentType }, pathPrefix });
}

describe('Claude clients served by a Gemini provider', () => {
  it('answers a Messages request from Gemini: the asked model, usage billed on the provider model', async () => {
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), claudeBody());
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-6',
      content: [{ type: 'text', text: 'hello from G: say hi' }],
      stop_reason: 'end_turn',
      usage: { cache_read_input_tokens: 100, output_tokens: 4 + 8 },
    });
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe(GEMINI_KEY);
    expect(JSON.parse(sent.body)).toMatchObject({
      contents: [{ role: 'user', parts: [{ text: 'say hi' }] }],
      generationConfig: { maxOutputTokens: 1024 },
    });
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      protocol: 'anthropic',
      requestedModel: 'claude-sonnet-4-6',
      upstreamModel: 'gemini-2.5-flash',
      cacheReadTokens: 100,
      outputTokens: 12,
      reasoningTokens: 8,
    });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(conversionOf(row)).toEqual({ from: 'anthropic', to: 'gemini' });
  });

  it('streams: the full Claude event sequence with non-zero usage, from an alt=sse Gemini stream', async () => {
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), claudeBody({ stream: true }));
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = sseEvents(result.text);
    expect(events.map((event) => event['type'])).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events.at(-2)).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { output_tokens: 12, cache_read_input_tokens: 100 },
    });
    expect(upstream.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({ isStream: true, outputTokens: 12, cacheReadTokens: 100 });
  });

  it('relays a Gemini function call as a tool_use block with stop_reason tool_use (not end_turn)', async () => {
    const chunk = {
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: 'Listing.' },
              { functionCall: { name: 'ls', args: { path: '.' } }, thoughtSignature: 'CiQBsig==' },
            ],
          },
          finishReason: 'STOP',
        },
      ],
      usageMetadata: { promptTokenCount: 50, candidatesTokenCount: 9 },
      modelVersion: 'gemini-2.5-flash',
      responseId: 'resp-tool',
    };
    script('/v1beta/', `data: ${JSON.stringify(chunk)}\r\n\r\n`, 'text/event-stream');
    const tools = [{ name: 'ls', input_schema: { type: 'object', properties: { path: { type: 'string' } } } }];
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), claudeBody({ stream: true, tools }));
    const events = sseEvents(result.text);
    const starts = events.filter((event) => event['type'] === 'content_block_start');
    expect(starts.map((event) => (event['content_block'] as { type: string }).type)).toEqual([
      'text',
      'thinking',
      'tool_use',
    ]);
    const signature = events.find((event) => (event['delta'] as { type?: string })?.type === 'signature_delta');
    // the Gemini signature rides through the Claude client wrapped, to come back to Gemini only
    expect(signature).toMatchObject({ delta: { signature: expect.stringMatching(/^cch\.gemini\./) } });
    expect(events.at(-2)).toMatchObject({ delta: { stop_reason: 'tool_use' } });
    const sent = JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
    expect(sent['tools']).toEqual([
      {
        functionDeclarations: [
          { name: 'ls', parameters: { type: 'OBJECT', properties: { path: { type: 'STRING' } } } },
        ],
      },
    ]);
  });

  it('goes through a Code Assist provider in its envelope, wrapped chunks read back', async () => {
    const body = claudeBody({ model: 'claude-haiku-4-5', stream: true });
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), body);
    expect(result.status).toBe(200);
    const events = sseEvents(result.text);
    const text = events.map((event) => (event['delta'] as { text?: string } | undefined)?.text ?? '').join('');
    expect(text).toBe('hello from G: say hi');
    expect(events.at(-2)).toMatchObject({ usage: { output_tokens: 12, cache_read_input_tokens: 100 } });
    // the account's project, asked first as the Gemini CLI asks it, goes in the envelope
    expect(upstream.requests.map((request) => request.path)).toEqual([
      '/v1internal:loadCodeAssist',
      '/v1internal:streamGenerateContent?alt=sse',
    ]);
    const sent = upstream.requests[1]!;
    expect(sent.headers['authorization']).toBe(`Bearer ${GEMINI_KEY}`);
    expect(JSON.parse(sent.body)).toMatchObject({
      model: 'gemini-2.5-pro',
      project: 'mock-project-G',
      request: { contents: [{ role: 'user', parts: [{ text: 'say hi' }] }] },
    });
    const row = await logRowOf(gateway, result);
    expect(conversionOf(row)).toEqual({ from: 'anthropic', to: 'gemini-cli' });
  });

  it('answers an upstream 400 in the Anthropic error shape', async () => {
    upstream.queueFaults({ kind: 'invalid-request' });
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), claudeBody());
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(result.text).not.toContain(GEMINI_KEY);
  });

  it('turns an error chunk in the Gemini stream into an Anthropic error event, never an empty end_turn', async () => {
    const overloaded = { error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' } };
    const chunk = { candidates: [{ content: { role: 'model', parts: [{ text: 'Half' }] } }], responseId: 'r' };
    script(
      '/v1beta/',
      `data: ${JSON.stringify(chunk)}\r\n\r\ndata: ${JSON.stringify(overloaded)}\r\n\r\n`,
      'text/event-stream',
    );
    const result = await postJson(`${gateway.url}/v1/messages`, claudeHeaders(), claudeBody({ stream: true }));
    const events = sseEvents(result.text);
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
    expect(events.some((event) => event['type'] === 'message_stop')).toBe(false);
  });

  it('refuses what Gemini cannot express with a 400 in the Anthropic shape naming it', async () => {
    const result = await postJson(
      `${gateway.url}/v1/messages`,
      claudeHeaders(),
      claudeBody({ stop_sequences: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    );
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(result.text).toMatch(/More than 5 stop sequences/);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('Gemini and Gemini CLI clients served by a Claude provider', () => {
  it('answers generateContent from Claude: modelVersion as asked, usage billed on the Claude model', async () => {
    const result = await postJson(geminiUrl('generateContent'), geminiHeaders(), { contents });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({
      candidates: [{ content: { role: 'model', parts: [{ text: 'hello from G: say hi' }] }, finishReason: 'STOP' }],
      modelVersion: 'gemini-2.5-pro',
      usageMetadata: { cachedContentTokenCount: 100, candidatesTokenCount: 4 },
    });
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe('/v1/messages');
    expect(sent.headers['x-api-key']).toBe(CLAUDE_KEY);
    expect(JSON.parse(sent.body)).toMatchObject({ model: 'claude-sonnet-4-6', stream: false });
    const row = await logRowOf(gateway, result);
    expect(row).toMatchObject({
      protocol: 'gemini',
      requestedModel: 'gemini-2.5-pro',
      upstreamModel: 'claude-sonnet-4-6',
      cacheReadTokens: 100,
      cacheWrite5mTokens: 30,
      cacheWrite1hTokens: 20,
      outputTokens: 4,
    });
    expect(conversionOf(row)).toEqual({ from: 'gemini', to: 'anthropic' });
  });

  it('streams as SSE with alt=sse and as one JSON array without it', async () => {
    const sse = await postJson(geminiUrl('streamGenerateContent', '?alt=sse'), geminiHeaders(), { contents });
    expect(sse.headers.get('content-type')).toMatch(/text\/event-stream/);
    const chunks = sseEvents(sse.text);
    const text = chunks.map((chunk) => JSON.stringify(chunk)).join('');
    expect(text).toContain('"finishReason":"STOP"');
    expect(chunks.at(-1)).toMatchObject({ usageMetadata: { candidatesTokenCount: 4, cachedContentTokenCount: 100 } });
    const array = await postJson(geminiUrl('streamGenerateContent'), geminiHeaders(), { contents });
    expect(array.headers.get('content-type')).toMatch(/application\/json/);
    expect(Array.isArray(array.json)).toBe(true);
    const parts = (array.json as { candidates: { content: { parts: { text?: string }[] } }[] }[]).flatMap(
      (chunk) => chunk.candidates[0]?.content.parts ?? [],
    );
    expect(parts.map((part) => part.text ?? '').join('')).toBe('hello from G: say hi');
    const row = await logRowOf(gateway, array);
    expect(row).toMatchObject({ isStream: true, outputTokens: 4 });
  });

  it('relays a Claude tool call as a functionCall with its id, and the next turn reads the response back', async () => {
    const frames = [
      { type: 'message_start', message: { id: 'msg_t', model: 'claude-sonnet-4-6', usage: { input_tokens: 20 } } },
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_1', name: 'ls', input: {} },
      },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"path":"."}' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 7 } },
      { type: 'message_stop' },
    ];
    const body = frames.map((frame) => `event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`).join('');
    script('/v1/messages', body, 'text/event-stream');
    const tools = [
      {
        functionDeclarations: [
          { name: 'ls', parameters: { type: 'OBJECT', properties: { path: { type: 'STRING' } } } },
        ],
      },
    ];
    const result = await postJson(geminiUrl('streamGenerateContent', '?alt=sse'), geminiHeaders(), {
      contents,
      tools,
    });
    const chunks = sseEvents(result.text);
    expect(chunks[0]).toMatchObject({
      candidates: [{ content: { parts: [{ functionCall: { id: 'toolu_1', name: 'ls', args: { path: '.' } } }] } }],
    });
    expect(chunks.at(-1)).toMatchObject({ candidates: [{ finishReason: 'STOP' }] });
    const sent = JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
    expect(sent['tools']).toEqual([
      { name: 'ls', input_schema: { type: 'object', properties: { path: { type: 'string' } } } },
    ]);

    const next = await postJson(geminiUrl('generateContent'), geminiHeaders(), {
      contents: [
        ...contents,
        { role: 'model', parts: [{ functionCall: { id: 'toolu_1', name: 'ls', args: { path: '.' } } }] },
        { role: 'user', parts: [{ functionResponse: { id: 'toolu_1', name: 'ls', response: { output: 'a.md' } } }] },
      ],
      tools,
    });
    expect(next.status).toBe(200);
    expect(JSON.parse(upstream.requests[1]!.body)).toMatchObject({
      messages: [
        { role: 'user' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'ls', input: { path: '.' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ text: 'a.md' }] }] },
      ],
    });
  });

  it('ends a Claude stream’s error event as a Google error (SSE tail, array element), not a STOP', async () => {
    const frames = [
      { type: 'message_start', message: { id: 'msg_e', model: 'claude-sonnet-4-6', usage: { input_tokens: 5 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Half' } },
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    ];
    const body = frames.map((frame) => `event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`).join('');
    const expected = { error: { code: 529, message: 'Overloaded', status: 'UNAVAILABLE' } };
    script('/v1/messages', body, 'text/event-stream');
    const sse = await postJson(geminiUrl('streamGenerateContent', '?alt=sse'), geminiHeaders(), { contents });
    // a bare object after the last frame, as the native Gemini path ends a failed stream
    expect(sseEvents(sse.text).at(-1)).toMatchObject({ candidates: [{ content: { parts: [{ text: 'Half' }] } }] });
    expect(sse.text.endsWith(`\r\n\r\n${JSON.stringify(expected)}`)).toBe(true);
    expect(sse.text).not.toContain('finishReason');
    script('/v1/messages', body, 'text/event-stream');
    const array = await postJson(geminiUrl('streamGenerateContent'), geminiHeaders(), { contents });
    expect((array.json as unknown[]).at(-1)).toEqual(expected);
  });

  it('serves the Gemini CLI Code Assist envelope: request inside, chunks wrapped', async () => {
    const result = await postJson(
      `${gateway.url}/v1internal:streamGenerateContent?alt=sse`,
      { authorization: `Bearer ${key}` },
      { model: 'gemini-2.5-pro', project: 'p-1', request: { contents, session_id: randomUUID() } },
    );
    expect(result.status).toBe(200);
    const chunks = sseEvents(result.text);
    expect(chunks.every((chunk) => chunk['response'] !== undefined)).toBe(true);
    const text = chunks
      .flatMap(
        (chunk) => (chunk['response'] as { candidates: { content: { parts: { text?: string }[] } }[] }).candidates,
      )
      .flatMap((candidate) => candidate.content.parts.map((part) => part.text ?? ''))
      .join('');
    expect(text).toBe('hello from G: say hi');
    const row = await logRowOf(gateway, result);
    expect(conversionOf(row)).toEqual({ from: 'gemini-cli', to: 'anthropic' });
  });

  it('answers an upstream 400 in the Google error shape', async () => {
    upstream.queueFaults({ kind: 'invalid-request' });
    const result = await postJson(geminiUrl('generateContent'), geminiHeaders(), { contents });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    expect(result.text).not.toContain(CLAUDE_KEY);
  });

  it('refuses Google Search for a Claude provider with a 400 in the Google shape naming it', async () => {
    const result = await postJson(geminiUrl('generateContent'), geminiHeaders(), {
      contents,
      tools: [{ googleSearch: {} }],
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    expect(result.text).toMatch(/Google Search tool/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('counts tokens locally for a Gemini client of a Claude provider', async () => {
    const result = await postJson(geminiUrl('countTokens'), geminiHeaders(), { contents });
    expect(result.status).toBe(200);
    expect(result.headers.get('x-cch-token-count')).toBe('estimated');
    expect(result.json).toEqual({ totalTokens: expect.any(Number) });
  });
});
