/**
 * Upstream errors inside converted streams, as native streams treat them: an error event before any
 * content fails over, and when it stays the last failure a Claude client hears what it was
 * (overloaded_error / rate_limit_error, not a generic 502); an error after content went out ends a
 * Gemini CLI stream as an error the CLI recognises (the response is cut, never cleanly ended), and
 * a Gemini API stream as one `@google/genai` raises (as the native Gemini path ends it).
 */
import { GoogleGenAI } from '@google/genai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../mock-upstream/index.js';
import { type GatewayHarness, startGateway } from '../support/gateway-harness.js';
import { logRowOf } from '../support/log-rows.js';
import { postJson } from '../support/protocol-client.js';

let gateway: GatewayHarness;
let upstreamA: MockUpstream;
let upstreamB: MockUpstream;
let key: string;

const chatProvider = (name: string, upstream: MockUpstream, priority: number) => ({
  name,
  type: 'openai-compatible' as const,
  baseUrl: `${upstream.url}/v1`,
  priority,
  retryBudget: 0,
  acceptedFormats: ['anthropic' as const],
  allowedModels: ['claude-sonnet-4-6'],
  modelRedirects: [{ match: 'exact' as const, pattern: 'claude-sonnet-4-6', target: 'gpt-4o' }],
});

beforeAll(async () => {
  [gateway, upstreamA, upstreamB] = await Promise.all([
    startGateway(),
    startMockUpstream({ name: 'A' }),
    startMockUpstream({ name: 'B' }),
  ]);
  await gateway.addProvider(chatProvider('chat-A', upstreamA, 0));
  await gateway.addProvider(chatProvider('chat-B', upstreamB, 1));
  await gateway.addProvider({
    name: 'claude-for-gemini-cli',
    type: 'claude',
    baseUrl: upstreamA.url,
    retryBudget: 0,
    acceptedFormats: ['gemini-cli'],
    allowedModels: ['gemini-2.5-pro'],
    modelRedirects: [{ match: 'exact', pattern: 'gemini-2.5-pro', target: 'claude-sonnet-4-6' }],
  });
  await gateway.addProvider({
    name: 'chat-for-gemini-api',
    type: 'openai-compatible',
    baseUrl: `${upstreamA.url}/v1`,
    retryBudget: 0,
    acceptedFormats: ['gemini'],
    allowedModels: ['gemini-2.5-flash'],
    modelRedirects: [{ match: 'exact', pattern: 'gemini-2.5-flash', target: 'gpt-4o' }],
  });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => {
  await Promise.all([gateway?.close(), upstreamA?.close(), upstreamB?.close()]);
});
beforeEach(() => {
  upstreamA.reset();
  upstreamB.reset();
});

const callClaude = () =>
  postJson(
    `${gateway.url}/v1/messages`,
    { 'x-api-key': key },
    { model: 'claude-sonnet-4-6', max_tokens: 256, stream: true, messages: [{ role: 'user', content: 'say hi' }] },
  );

/** A 200 event stream of these frames, as a relay that reports errors inside the stream sends it. */
const streamOf = (frames: string) => ({
  kind: 'status' as const,
  status: 200,
  body: frames,
  headers: { 'content-type': 'text/event-stream' },
});

const chatRateLimit = streamOf(
  `data: ${JSON.stringify({
    error: { message: 'Rate limit reached for gpt-4o', type: 'requests', code: 'rate_limit_exceeded' },
  })}\n\n`,
);

describe('an error event before any content in a converted stream', () => {
  it('fails over to the next provider like a native stream', async () => {
    upstreamA.setFault({ kind: 'error-event', variant: 'after-preamble' });
    const result = await callClaude();
    expect(result.status).toBe(200);
    expect(result.text).toContain('chatcmpl-mockB_'); // the answer is B's
    expect(result.text).toContain('event: message_stop');
    expect(upstreamA.requests).toHaveLength(1);
    const row = await logRowOf(gateway, result);
    expect(row.decisionChain).toMatchObject({
      attempts: [
        { providerName: 'chat-A', errorClass: 'stream_error_event', converted: { from: 'anthropic' } },
        { providerName: 'chat-B', reason: 'failover', status: 200 },
      ],
    });
  });

  it('is an overloaded_error for Claude when every provider streamed an overload', async () => {
    upstreamA.setFault({ kind: 'error-event', variant: 'after-preamble' });
    upstreamB.setFault({ kind: 'error-event' });
    const result = await callClaude();
    expect(result.status).toBe(503);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it('is a rate_limit_error for Claude when the last provider streamed a rate limit', async () => {
    upstreamA.setFault(chatRateLimit);
    upstreamB.setFault(chatRateLimit);
    const result = await callClaude();
    expect(result.status).toBe(429);
    expect(result.json).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    expect(result.headers.get('retry-after')).not.toBeNull();
  });
});

describe('an error after content in a stream converted for the Gemini CLI', () => {
  const claudeFrames = [
    [
      'message_start',
      {
        type: 'message_start',
        message: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-6',
          content: [],
          stop_reason: null,
          usage: { input_tokens: 5, output_tokens: 1 },
        },
      },
    ],
    ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
    ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'half an' } }],
    ['error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }],
  ] as const;
  const frames = claudeFrames.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');

  it('writes the error chunk and cuts the response, so the CLI does not take half an answer as complete', async () => {
    upstreamA.setFault({ ...streamOf(frames), pathPrefix: '/v1/messages' });
    const response = await fetch(`${gateway.url}/v1internal:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        model: 'gemini-2.5-pro',
        project: 'p-1',
        request: { contents: [{ role: 'user', parts: [{ text: 'say hi' }] }] },
      }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = '';
    const ending = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'clean end';
        received += Buffer.from(value).toString();
      }
    })().catch(() => 'cut');
    expect(received).toContain('half an');
    expect(received).toMatch(/"error":\{[^}]*"message":"[^"]*Overloaded/);
    expect(ending).toBe('cut');
    expect(upstreamA.requests.at(-1)?.path).toBe('/v1/messages');
    const requestId = response.headers.get('x-request-id');
    const row = await logRowOf(gateway, { headers: new Headers({ 'x-request-id': requestId ?? '' }) });
    expect(row).toMatchObject({ errorClass: 'stream_error_event' });
  });
});

/**
 * An error after content in a stream converted for a Gemini API client ends as the native Gemini
 * path ends one: a bare `{"error":{…}}` after the last `data:` frame. The SDK the Gemini CLI bundles
 * only raises a read chunk that is exactly that object, or an unframed tail; a `data:` frame
 * holding the error passes for one more (empty) chunk and the CLI exits 0 with half an answer.
 */
describe('an error after content in a stream converted for a Gemini API client', () => {
  const chunk = (delta: Record<string, unknown>) =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-cut',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'gpt-4o',
      choices: [{ index: 0, delta, finish_reason: null }],
    })}\n\n`;
  const content = chunk({ role: 'assistant', content: '' }) + chunk({ content: 'half an' });
  const error = `data: ${JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } })}\n\n`;
  const path = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';

  /** Reads a converted stream with the SDK: the text it yielded, and the error it raised (if any). */
  async function readWithSdk(): Promise<{ text: string; error: unknown }> {
    const google = new GoogleGenAI({ apiKey: key, httpOptions: { baseUrl: gateway.url, apiVersion: 'v1beta' } });
    let text = '';
    try {
      const stream = await google.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'say hi' });
      for await (const part of stream) text += part.text ?? '';
      return { text, error: null };
    } catch (error) {
      return { text, error };
    }
  }

  const cases = [
    ['an error event', streamOf(content + error), 'half an', 'stream_error_event'],
    ['a clean end without a finish', streamOf(content), 'half an', 'stream_error_event'],
    ['a reset connection', { kind: 'reset-mid-stream' as const, afterChunks: 2 }, 'hel', 'stream_interrupted'],
  ] as const;
  for (const [name, fault, partial, errorClass] of cases) {
    it(`ends with a bare error object after ${name}, which the SDK raises`, async () => {
      upstreamA.setFault({ ...fault, pathPrefix: '/v1/chat/completions' });
      const response = await fetch(`${gateway.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goog-api-key': key },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'say hi' }] }] }),
      });
      expect(response.status).toBe(200);
      const received = await response.text();
      expect(received).toContain(partial);
      expect(received).toMatch(/\n\r?\n\{"error":\{"code":50\d,[^\n]*"status":"(INTERNAL|UNAVAILABLE)"[^\n]*\}\}$/);
      const row = await logRowOf(gateway, response);
      expect(row).toMatchObject({ errorClass });

      const { text, error: raised } = await readWithSdk();
      expect(text).toContain(partial);
      expect(raised).toBeInstanceOf(Error);
      expect(upstreamA.requests.at(-1)?.path).toBe('/v1/chat/completions');
      expect(upstreamB.requests).toHaveLength(0);
    });
  }
});
