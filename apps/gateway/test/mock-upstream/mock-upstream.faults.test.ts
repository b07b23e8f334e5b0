import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from './index.js';
import { geminiBody, parseSse, post, readBody, sseJson, userBody } from './test-helpers.js';

let mock: MockUpstream;

beforeAll(async () => {
  mock = await startMockUpstream({ name: 'F', tokensPerStream: 5 });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const anthropic = (stream = false): Promise<Response> => post(`${mock.url}/v1/messages`, userBody('f', { stream }));
const chat = (stream = false): Promise<Response> =>
  post(`${mock.url}/v1/chat/completions`, { model: 'm', messages: [{ role: 'user', content: 'f' }], stream });
const responses = (stream = false): Promise<Response> =>
  post(`${mock.url}/v1/responses`, { model: 'm', input: 'f', stream });
const gemini = (sse = false): Promise<Response> =>
  post(
    `${mock.url}/v1beta/models/gemini-2.5-flash:${sse ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
    geminiBody('f'),
  );

describe('status faults', () => {
  it('uses each protocol’s error envelope for 500/503/529', async () => {
    mock.setFault({ kind: 'status', status: 500 });
    const a = await anthropic();
    expect(a.status).toBe(500);
    expect(await a.json()).toMatchObject({
      type: 'error',
      error: { type: 'api_error' },
      request_id: expect.any(String) as unknown,
    });
    const o = await chat();
    expect(await o.json()).toMatchObject({ error: { type: 'server_error', message: expect.any(String) as unknown } });
    const g = await gemini();
    expect(await g.json()).toMatchObject({ error: { code: 500, status: 'INTERNAL' } });

    mock.setFault({ kind: 'status', status: 529 });
    expect(await (await anthropic()).json()).toMatchObject({
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
    mock.setFault({ kind: 'status', status: 503 });
    expect(await (await gemini()).json()).toMatchObject({ error: { code: 503, status: 'UNAVAILABLE' } });
    expect(mock.requests.map((r) => r.fault)).toEqual(['status', 'status', 'status', 'status', 'status']);
  });

  it('sends a custom body and headers when given', async () => {
    mock.setFault({
      kind: 'status',
      status: 502,
      body: 'Bad Gateway',
      headers: { 'content-type': 'text/plain', 'x-extra': '1' },
    });
    const res = await anthropic();
    expect(res.status).toBe(502);
    expect(res.headers.get('x-extra')).toBe('1');
    expect(res.headers.get('x-mock-upstream')).toBe('F');
    expect(await res.text()).toBe('Bad Gateway');
  });

  it('rate-limit answers 429 with retry-after', async () => {
    mock.setFault({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const res = await anthropic();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.json()).toMatchObject({ error: { type: 'rate_limit_error' } });
    expect(await (await chat()).json()).toMatchObject({ error: { code: 'rate_limit_exceeded' } });
    expect(await (await gemini()).json()).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED' } });
  });

  it('invalid-request answers 400 prompt-too-long; auth answers 401', async () => {
    mock.setFault({ kind: 'invalid-request' });
    const a = await anthropic(true);
    expect(a.status).toBe(400);
    expect(await a.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('prompt is too long') as unknown },
    });
    expect(await (await responses()).json()).toMatchObject({ error: { code: 'context_length_exceeded' } });
    expect(await (await gemini()).json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    mock.setFault({ kind: 'auth' });
    const auth = await anthropic();
    expect(auth.status).toBe(401);
    expect(await auth.json()).toMatchObject({ error: { type: 'authentication_error' } });
    expect(await (await chat()).json()).toMatchObject({ error: { code: 'invalid_api_key' } });
    expect(await (await gemini()).json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
  });

  it('html-200 and empty-200 look like success at the status line', async () => {
    mock.setFault({ kind: 'html-200' });
    const html = await anthropic(true);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('<html');
    mock.setFault({ kind: 'empty-200' });
    const empty = await chat();
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-type')).toBe('application/json');
    expect(await empty.text()).toBe('');
  });
});

describe('connection faults', () => {
  it('reset-before-headers destroys the socket without an answer', async () => {
    mock.queueFaults({ kind: 'reset-before-headers' });
    await expect(anthropic()).rejects.toThrow();
    expect(mock.requests).toHaveLength(1);
    expect((await anthropic()).status).toBe(200);
  });

  it('reset-mid-stream sends headers and N events, then cuts the connection', async () => {
    mock.queueFaults({ kind: 'reset-mid-stream', afterChunks: 2 }, { kind: 'reset-mid-stream', afterChunks: 0 });
    const res = await anthropic(true);
    expect(res.status).toBe(200);
    const body = await readBody(res);
    expect(body.error).not.toBeNull();
    expect(parseSse(body.text).map((e) => e.event)).toEqual(['message_start', 'content_block_start']);
    const zero = await responses(true);
    const zeroBody = await readBody(zero);
    expect(zeroBody.error).not.toBeNull();
    expect(zeroBody.text).toBe('');
  });

  it('reset-mid-stream on a JSON answer truncates the body', async () => {
    mock.queueFaults({ kind: 'reset-mid-stream', afterChunks: 1 });
    const body = await readBody(await chat());
    expect(body.error).not.toBeNull();
    expect(() => JSON.parse(body.text) as unknown).toThrow();
  });

  it('hang never answers until the client gives up; close() ends it too', async () => {
    mock.queueFaults({ kind: 'hang' });
    const start = Date.now();
    await expect(post(`${mock.url}/v1/messages`, userBody('h'), {}, AbortSignal.timeout(300))).rejects.toThrow();
    expect(Date.now() - start).toBeGreaterThanOrEqual(290);
    expect(mock.requests[0]?.fault).toBe('hang');

    const m = await startMockUpstream({ name: 'H' });
    m.setFault({ kind: 'hang' });
    const pending = post(`${m.url}/v1/messages`, userBody('h'));
    await new Promise((r) => setTimeout(r, 50));
    await m.close();
    await expect(pending).rejects.toThrow();
  });

  it('hang-after-headers sends 200 SSE headers then nothing', async () => {
    mock.queueFaults({ kind: 'hang-after-headers' });
    const ac = new AbortController();
    const res = await post(`${mock.url}/v1/messages`, userBody('h', { stream: true }), {}, ac.signal);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const timer = setTimeout(() => ac.abort(), 300);
    const body = await readBody(res);
    clearTimeout(timer);
    expect(body.text).toBe('');
    expect(body.error).not.toBeNull();
  });

  it('slow-stream waits delayMs between events', async () => {
    mock.queueFaults({ kind: 'slow-stream', delayMs: 50 });
    const start = Date.now();
    const res = await chat(true);
    const body = await readBody(res, start);
    expect(body.error).toBeNull();
    expect(body.text).toContain('[DONE]');
    // 8 frames → 7 gaps of 50 ms.
    expect(Date.now() - start).toBeGreaterThanOrEqual(340);
    expect(body.chunkTimes.length).toBeGreaterThan(3);
  });
});

describe('error-event', () => {
  it('Anthropic: first SSE event is `error` with overloaded_error', async () => {
    mock.setFault({ kind: 'error-event' });
    const res = await anthropic(true);
    expect(res.status).toBe(200);
    const events = parseSse(await res.text());
    expect(events[0]?.event).toBe('error');
    expect(JSON.parse(events[0]?.data ?? '')).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it('Chat: a data chunk with an error object; Gemini: a data chunk with a Google error', async () => {
    mock.setFault({ kind: 'error-event' });
    expect(sseJson(await (await chat(true)).text())[0]).toMatchObject({ error: { type: 'server_error' } });
    expect(sseJson(await (await gemini(true)).text())[0]).toMatchObject({
      error: { code: 503, status: 'UNAVAILABLE' },
    });
  });

  it('Responses: response.failed by default, a bare error event with variant "error"', async () => {
    mock.queueFaults({ kind: 'error-event' }, { kind: 'error-event', variant: 'error' });
    const failed = parseSse(await (await responses(true)).text());
    expect(failed[0]?.event).toBe('response.failed');
    expect(JSON.parse(failed[0]?.data ?? '')).toMatchObject({
      response: { status: 'failed', error: { code: 'server_error' } },
    });
    const bare = parseSse(await (await responses(true)).text());
    expect(bare[0]?.event).toBe('error');
    expect(JSON.parse(bare[0]?.data ?? '')).toMatchObject({ type: 'error', code: 'server_error', sequence_number: 0 });
  });

  it('non-stream requests get a 200 whose JSON body is an error', async () => {
    mock.setFault({ kind: 'error-event' });
    const a = await anthropic();
    expect(a.status).toBe(200);
    expect(await a.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
    expect(await (await gemini()).json()).toMatchObject({ error: { status: 'UNAVAILABLE' } });
  });
});

describe('fault selection', () => {
  it('consumes queued faults in order before the sticky one', async () => {
    mock.setFault({ kind: 'status', status: 503 });
    mock.queueFaults({ kind: 'auth' }, { kind: 'rate-limit', retryAfterSeconds: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await anthropic()).status);
    expect(statuses).toEqual([401, 429, 503, 503]);
    mock.setFault(null);
    expect((await anthropic()).status).toBe(200);
  });

  it('scopes faults by path prefix', async () => {
    mock.queueFaults({ kind: 'status', status: 500, pathPrefix: '/v1/chat' });
    mock.setFault({ kind: 'status', status: 529, pathPrefix: '/v1/messages' });
    expect((await gemini()).status).toBe(200);
    expect((await anthropic()).status).toBe(529);
    expect((await chat()).status).toBe(500);
    expect((await chat()).status).toBe(200);
  });

  it('reset() clears sticky and queued faults', async () => {
    mock.setFault({ kind: 'auth' });
    mock.queueFaults({ kind: 'hang' });
    mock.reset();
    expect((await anthropic()).status).toBe(200);
  });
});
