import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseInputTokens, startMockUpstream, type MockUpstream } from './index.js';
import { geminiBody, post, readBody, userBody } from './test-helpers.js';

let mock: MockUpstream;

beforeAll(async () => {
  mock = await startMockUpstream({ name: 'A', tokensPerStream: 4 });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

describe('options', () => {
  it('requireKey rejects requests without the provider key, in each protocol', async () => {
    const m = await startMockUpstream({ name: 'K', requireKey: 'sk-right' });
    try {
      const none = await post(`${m.url}/v1/messages`, userBody('x'));
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { type: 'authentication_error' } });
      const ok = await post(`${m.url}/v1/messages`, userBody('x'), { 'x-api-key': 'sk-right' });
      expect(ok.status).toBe(200);
      const bearer = await post(`${m.url}/v1/responses`, { input: 'x' }, { authorization: 'Bearer sk-right' });
      expect(bearer.status).toBe(200);
      const goog = await post(`${m.url}/v1beta/models/g:generateContent?key=sk-wrong`, geminiBody('x'));
      expect(await goog.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
      expect((await fetch(`${m.url}/`, { method: 'HEAD' })).status).toBe(200);
    } finally {
      await m.close();
    }
  });

  it('latencyMs delays the first byte and chunkDelayMs spaces the stream writes', async () => {
    const m = await startMockUpstream({ name: 'L', latencyMs: 300, chunkDelayMs: 40, tokensPerStream: 3 });
    try {
      const start = Date.now();
      const res = await post(`${m.url}/v1/messages`, userBody('t', { stream: true }));
      expect(Date.now() - start).toBeGreaterThanOrEqual(290);
      const body = await readBody(res, start);
      expect(body.error).toBeNull();
      // 9 events, 8 gaps of 40 ms: the body arrives in several reads spread over ≥ 300 ms.
      expect(body.chunkTimes.length).toBeGreaterThan(3);
      const last = body.chunkTimes[body.chunkTimes.length - 1] ?? 0;
      expect(last - (body.chunkTimes[0] ?? 0)).toBeGreaterThanOrEqual(280);
      m.setLatency(0, 0);
      const fast = Date.now();
      await (await post(`${m.url}/v1/messages`, userBody('t', { stream: true }))).text();
      expect(Date.now() - fast).toBeLessThan(290);
    } finally {
      await m.close();
    }
  });

  it('handles a Claude-Code-sized body (90 KB) and concurrent requests', async () => {
    const big = JSON.stringify(userBody('big', { system: 'y'.repeat(90_000), stream: true }));
    const results = await Promise.all(
      Array.from({ length: 50 }, async () => (await post(`${mock.url}/v1/messages`, big)).text()),
    );
    for (const text of results) {
      expect(text).toContain(`"input_tokens":${baseInputTokens(big.length)}`);
      expect(text).toContain('message_stop');
    }
    expect(mock.requests).toHaveLength(50);
  });

  it('record:false keeps no requests but still counts them', async () => {
    const m = await startMockUpstream({ name: 'N', record: false });
    try {
      await Promise.all([1, 2, 3].map(async () => (await post(`${m.url}/v1/messages`, userBody('n'))).text()));
      expect(m.requests).toHaveLength(0);
      expect(m.requestCount).toBe(3);
      m.reset();
      expect(m.requestCount).toBe(0);
    } finally {
      await m.close();
    }
  });
});
