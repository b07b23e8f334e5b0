import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseInputTokens, startMockUpstream, type MockUpstream } from './index.js';
import { geminiBody, post, sseJson } from './test-helpers.js';

let mock: MockUpstream;

beforeAll(async () => {
  mock = await startMockUpstream({ name: 'A', tokensPerStream: 4 });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

describe('gemini', () => {
  const base = (): string => `${mock.url}/v1beta/models/gemini-2.5-flash`;

  it('answers generateContent with usageMetadata and modelVersion', async () => {
    const res = await post(`${base()}:generateContent`, geminiBody('hola'), { 'x-goog-api-key': 'g-key' });
    expect(res.headers.get('x-mock-upstream')).toBe('A');
    const json = (await res.json()) as Record<string, unknown>;
    const prompt = baseInputTokens(JSON.stringify(geminiBody('hola')).length) + 100;
    expect(json).toMatchObject({
      candidates: [{ content: { role: 'model', parts: [{ text: 'hello from A: hola' }] }, finishReason: 'STOP' }],
      usageMetadata: {
        promptTokenCount: prompt,
        candidatesTokenCount: 4,
        cachedContentTokenCount: 100,
        thoughtsTokenCount: 8,
        totalTokenCount: prompt + 4 + 8,
      },
      modelVersion: 'gemini-2.5-flash',
    });
    expect(mock.requests[0]?.headers['x-goog-api-key']).toBe('g-key');
  });

  it('streams SSE with ?alt=sse and a JSON array without it', async () => {
    const sse = await post(`${base()}:streamGenerateContent?alt=sse`, geminiBody('s'));
    const chunks = sseJson(await sse.text());
    expect(chunks).toHaveLength(4);
    expect(chunks[3]).toMatchObject({
      candidates: [{ finishReason: 'STOP' }],
      usageMetadata: { candidatesTokenCount: 4 },
    });
    const arr = await post(`${base()}:streamGenerateContent`, geminiBody('s'));
    expect(arr.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await arr.json()) as unknown[];
    expect(list).toHaveLength(4);
  });

  it('counts tokens and lists models', async () => {
    const count = await post(`${base()}:countTokens`, geminiBody('c'));
    expect(await count.json()).toMatchObject({ totalTokens: baseInputTokens(JSON.stringify(geminiBody('c')).length) });
    const list = await fetch(`${mock.url}/v1beta/models`);
    const { models } = (await list.json()) as { models: unknown[] };
    expect(models[0]).toMatchObject({
      name: 'models/gemini-2.5-pro',
      supportedGenerationMethods: expect.any(Array) as unknown,
    });
    const one = await fetch(`${mock.url}/v1beta/models/gemini-2.5-flash`);
    expect(await one.json()).toMatchObject({ name: 'models/gemini-2.5-flash' });
    const missing = await fetch(`${mock.url}/v1beta/models/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it('answers the Code Assist /v1internal methods, wrapping responses', async () => {
    const body = { model: 'gemini-2.5-pro', project: 'p', user_prompt_id: 'u1', request: geminiBody('internal') };
    const gen = await post(`${mock.url}/v1internal:generateContent`, body);
    expect(await gen.json()).toMatchObject({
      response: {
        candidates: [{ content: { parts: [{ text: 'hello from A: internal' }] } }],
        modelVersion: 'gemini-2.5-pro',
      },
    });
    const stream = await post(`${mock.url}/v1internal:streamGenerateContent?alt=sse`, body);
    const chunks = sseJson(await stream.text());
    expect(chunks).toHaveLength(4);
    for (const c of chunks) expect(c).toHaveProperty('response.candidates');
    const count = await post(`${mock.url}/v1internal:countTokens`, {
      request: { model: 'models/gemini-2.5-pro', ...geminiBody('c') },
    });
    expect(await count.json()).toEqual({ totalTokens: expect.any(Number) as unknown });
    const load = await post(`${mock.url}/v1internal:loadCodeAssist`, { metadata: { ideType: 'IDE_UNSPECIFIED' } });
    expect(await load.json()).toMatchObject({
      currentTier: { id: 'standard-tier' },
      cloudaicompanionProject: 'mock-project-A',
    });
  });
});
