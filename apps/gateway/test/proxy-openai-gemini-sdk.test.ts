/** The official `openai` and `@google/genai` SDKs, pointed at the gateway, get their answers from mock upstreams. */
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;
let openai: OpenAI;
let key: string;

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'S', tokensPerStream: 6 })]);
  for (const type of ['codex', 'openai-compatible', 'gemini'] as const)
    await gateway.addProvider({ name: type, type, baseUrl: upstream.url });
  ({ key } = await gateway.addCaller());
  openai = new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await Promise.all([gateway?.close(), upstream?.close()]);
});
beforeEach(() => upstream.reset());

describe('openai SDK through the gateway', () => {
  it('chat.completions: JSON and stream (with usage in the last chunk)', async () => {
    const completion = await openai.chat.completions.create({
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'hi sdk' }],
    });
    expect(completion.choices[0]?.message.content).toBe('hello from S: hi sdk');
    const stream = await openai.chat.completions.create({
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'hi sdk' }],
      stream: true,
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe('hello from S: hi sdk');
    expect(usage?.completion_tokens).toBeGreaterThan(0); // the gateway asked for it
  });

  it('responses: JSON and stream', async () => {
    const response = await openai.responses.create({ model: 'gpt-5-codex', input: 'hi sdk' });
    expect(response.output_text).toBe('hello from S: hi sdk');
    const stream = await openai.responses.create({ model: 'gpt-5-codex', input: 'hi sdk', stream: true });
    const deltas: string[] = [];
    let completed = false;
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') deltas.push(event.delta);
      if (event.type === 'response.completed') completed = true;
    }
    expect(deltas.join('')).toBe('hello from S: hi sdk');
    expect(completed).toBe(true);
  });

  it('surfaces a gateway error as a typed API error', async () => {
    const bad = new OpenAI({ apiKey: 'sk-wrong', baseURL: `${gateway.url}/v1`, maxRetries: 0 });
    await expect(bad.responses.create({ model: 'gpt-5-codex', input: 'hi' })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_api_key',
    });
  });
});

describe('@google/genai through the gateway', () => {
  for (const apiVersion of ['v1beta', undefined]) {
    it(`generateContent and generateContentStream (${apiVersion ?? 'default /v1'})`, async () => {
      const google = new GoogleGenAI({
        apiKey: key,
        httpOptions: { baseUrl: gateway.url, ...(apiVersion && { apiVersion }) },
      });
      const result = await google.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
      expect(result.text).toBe('hello from S: hi sdk');
      expect(result.usageMetadata?.cachedContentTokenCount).toBe(100);
      const stream = await google.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
      let text = '';
      for await (const chunk of stream) text += chunk.text ?? '';
      expect(text).toBe('hello from S: hi sdk');
      expect(upstream.requests.at(-1)?.path).toMatch(/:streamGenerateContent\?alt=sse$/);
      expect(upstream.requests.every((r) => r.headers['x-goog-api-key'] !== key)).toBe(true);
    });
  }

  it('countTokens', async () => {
    const google = new GoogleGenAI({ apiKey: key, httpOptions: { baseUrl: gateway.url, apiVersion: 'v1beta' } });
    const counted = await google.models.countTokens({ model: 'gemini-2.5-flash', contents: 'hi sdk' });
    expect(counted.totalTokens).toBeGreaterThan(0);
  });
});
