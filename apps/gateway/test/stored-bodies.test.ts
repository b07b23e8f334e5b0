import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRetentionJob } from '../src/jobs/retention-job.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const CAP = 4096;
const PROVIDER_KEY = 'sk-ant-provider-bodies-secret-0123456789';

let gateway: GatewayHarness;
let upstream: MockUpstream;
let key: string;

const api = (method: string, path: string, requestBody?: unknown) =>
  adminFetch(gateway.url, method, path, requestBody === undefined ? {} : { body: requestBody });

interface StoredBodies {
  request: { body: string | null; bytes: number; truncated: boolean };
  response: { body: string | null; bytes: number; truncated: boolean; streamed: boolean; assembled: boolean };
}

async function storedBodies(requestId: string): Promise<{ status: number; bodies: StoredBodies }> {
  await gateway.flushLogs();
  const response = await api('GET', `/requests/${requestId}/bodies`);
  return { status: response.status, bodies: response.json as StoredBodies };
}

const toolTurn = (sessionId: string) =>
  callMessages(gateway.url, {
    key,
    sessionId,
    stream: true,
    body: messageBody({
      stream: true,
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tools: [{ name: 'Read', description: 'read a file', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: 'look: [[call Read {"path":"src/a.ts"}]]' }],
    }),
  });

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([
    startGateway({ env: { STORE_BODIES: 'true', BODY_STORE_MAX_BYTES: String(CAP) } }),
    startMockUpstream({ name: 'bodies', tokensPerStream: 8 }),
  ]);
  await gateway.addProvider({ baseUrl: upstream.url, apiKey: PROVIDER_KEY });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('stored bodies', () => {
  it('keep a streamed Anthropic answer reassembled into one message, in the session, without secrets', async () => {
    const sessionId = randomUUID();
    const result = await toolTurn(sessionId);
    expect(result.status).toBe(200);
    expect(result.text).toContain('event: content_block_delta');
    const requestId = result.headers.get('x-request-id') ?? '';

    const { status, bodies } = await storedBodies(requestId);
    expect(status).toBe(200);
    expect(bodies.request).toMatchObject({ truncated: false });
    expect(JSON.parse(bodies.request.body ?? '')).toMatchObject({ tools: [{ name: 'Read' }] });
    expect(bodies.response).toMatchObject({ streamed: true, assembled: true, truncated: false });
    expect(bodies.response.bytes).toBe(Buffer.byteLength(result.text));
    const answer = JSON.parse(bodies.response.body ?? '');
    expect(answer).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'tool_use' });
    expect(answer.content).toEqual([
      expect.objectContaining({ type: 'thinking', thinking: 'I will call the tool the user asked for.' }),
      expect.objectContaining({ type: 'tool_use', name: 'Read', input: { path: 'src/a.ts' } }),
    ]);

    const requests = body(await api('GET', `/sessions/${sessionId}/requests`)) as {
      items: { requestId: string; hasBodies: boolean }[];
    };
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^cch_stored_bodies_written [1-9]/m);
    expect(requests.items).toEqual([expect.objectContaining({ requestId, hasBodies: true })]);
    const everything = JSON.stringify(bodies);
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(PROVIDER_KEY);
  });

  it('reassemble what the client got in its protocol: a converted Chat stream, a Gemini JSON array', async () => {
    const claudeForChat = await gateway.addProvider({
      name: 'claude-for-chat',
      baseUrl: upstream.url,
      acceptedFormats: ['openai-chat'],
      allowedModels: ['gpt-4.1'],
      modelRedirects: [{ match: 'exact', pattern: 'gpt-4.1', target: 'claude-sonnet-4-6' }],
    });
    const gemini = await gateway.addProvider({ name: 'gemini', type: 'gemini', baseUrl: upstream.url });
    try {
      const chat = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'gpt-4.1', stream: true, messages: [{ role: 'user', content: 'hi chat' }] }),
      });
      expect(await chat.text()).toContain('chat.completion.chunk');
      const chatStored = await storedBodies(chat.headers.get('x-request-id') ?? '');
      expect(chatStored.bodies.response).toMatchObject({ streamed: true, assembled: true });
      expect(JSON.parse(chatStored.bodies.response.body ?? '')).toMatchObject({
        object: 'chat.completion',
        model: 'gpt-4.1',
        choices: [{ message: { role: 'assistant', content: 'hello from bodies: hi chat' } }],
      });

      const array = await fetch(`${gateway.url}/v1beta/models/gemini-2.5-flash:streamGenerateContent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goog-api-key': key },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi gemini' }] }] }),
      });
      expect((await array.text()).trimStart().startsWith('[')).toBe(true);
      const geminiStored = await storedBodies(array.headers.get('x-request-id') ?? '');
      expect(geminiStored.bodies.response).toMatchObject({ streamed: true, assembled: true });
      const answer = JSON.parse(geminiStored.bodies.response.body ?? '');
      const text = answer.candidates[0].content.parts.map((part: { text: string }) => part.text).join('');
      expect(text).toBe('hello from bodies: hi gemini');
    } finally {
      await api('DELETE', `/providers/${claudeForChat.id}`);
      await api('DELETE', `/providers/${gemini.id}`);
    }
  });

  it('keep a non-stream answer as sent', async () => {
    const result = await callMessages(gateway.url, { key });
    const { bodies } = await storedBodies(result.headers.get('x-request-id') ?? '');
    expect(bodies.response).toMatchObject({ streamed: false, assembled: false, truncated: false });
    expect(JSON.parse(bodies.response.body ?? '')).toEqual(result.json);
  });

  it('cut both bodies at BODY_STORE_MAX_BYTES and say so, keeping what fits of the stream readable', async () => {
    upstream.reset();
    const long = 'x'.repeat(CAP * 2);
    const many = await startMockUpstream({ name: 'long', tokensPerStream: 400 });
    try {
      const provider = await gateway.addProvider({ baseUrl: many.url, priority: -1 });
      const result = await callMessages(gateway.url, {
        key,
        stream: true,
        body: messageBody({ stream: true, messages: [{ role: 'user', content: long }] }),
      });
      expect(result.status).toBe(200);
      expect(result.text.length).toBeGreaterThan(CAP * 2);
      const { bodies } = await storedBodies(result.headers.get('x-request-id') ?? '');
      expect(bodies.request.truncated).toBe(true);
      expect(bodies.request.bytes).toBeGreaterThan(CAP * 2);
      expect(Buffer.byteLength(bodies.request.body ?? '')).toBeLessThanOrEqual(CAP);
      expect(bodies.response).toMatchObject({ truncated: true, streamed: true, assembled: true });
      expect(bodies.response.bytes).toBe(Buffer.byteLength(result.text));
      const answer = JSON.parse(bodies.response.body ?? '');
      expect(answer.content[0].text).toMatch(/^hello from long: x+/);
      expect(answer.content[0].text.length).toBeLessThan(CAP);
      await api('DELETE', `/providers/${provider.id}`);
    } finally {
      await many.close();
    }
  });

  it('list sessions live and recent by user, key and provider, first and last seen; logs show the bodies', async () => {
    const other = await gateway.addCaller();
    const mine: string = randomUUID();
    const theirs: string = randomUUID();
    const first = await callMessages(gateway.url, { key, sessionId: mine });
    await callMessages(gateway.url, { key, sessionId: mine, stream: true });
    await callMessages(gateway.url, { key: other.key, sessionId: theirs });
    await gateway.flushLogs();
    type Listed = {
      id: string;
      live: boolean;
      requests: number;
      userId: string;
      firstSeenAt: string;
      lastSeenAt: string;
    };
    const list = async (query: string) =>
      (body(await api('GET', `/sessions${query}`)) as { items: Listed[] }).items.filter((item) =>
        [mine, theirs].includes(item.id),
      );

    const live = await list('');
    expect(live.map((item) => item.id).sort()).toEqual([mine, theirs].sort());
    const mineListed = live.find((item) => item.id === mine);
    expect(mineListed).toMatchObject({ live: true, requests: 2 });
    expect(Date.parse(mineListed?.firstSeenAt ?? '')).toBeLessThanOrEqual(Date.parse(mineListed?.lastSeenAt ?? ''));
    expect((await list(`?userId=${other.user.id}`)).map((item) => item.id)).toEqual([theirs]);
    const recent = await list(`?scope=recent&userId=${other.user.id}`);
    expect(recent).toEqual([expect.objectContaining({ id: theirs, live: true, requests: 1 })]);
    expect(await list('?scope=recent&providerId=no-such-provider')).toEqual([]);
    expect((await api('GET', '/sessions?scope=sometimes')).status).toBe(400);

    const logs = body(await api('GET', `/logs?sessionId=${mine}`)) as { items: { id: number; requestId: string }[] };
    const logged = logs.items.find((item) => item.requestId === first.headers.get('x-request-id'));
    const detail = body(await api('GET', `/logs/${logged?.id}`)) as { requestBody: string; responseBody: string };
    expect(JSON.parse(detail.requestBody)).toMatchObject({ model: 'claude-sonnet-4-5' });
    expect(JSON.parse(detail.responseBody)).toEqual(first.json);
  });

  it('store nothing while body storage is off', async () => {
    expect((await api('PATCH', '/settings/runtime', { storeBodies: false })).status).toBe(200);
    try {
      const sessionId = randomUUID();
      const streamed = await toolTurn(sessionId);
      const plain = await callMessages(gateway.url, { key, sessionId });
      for (const result of [streamed, plain]) {
        expect(result.status).toBe(200);
        const { status } = await storedBodies(result.headers.get('x-request-id') ?? '');
        expect(status).toBe(404);
      }
      const requests = body(await api('GET', `/sessions/${sessionId}/requests`)) as { items: { hasBodies: boolean }[] };
      expect(requests.items.map((item) => item.hasBodies)).toEqual([false, false]);
    } finally {
      await api('PATCH', '/settings/runtime', { storeBodies: null });
    }
  });

  it('purge bodies past their own retention while the request log stays', async () => {
    const result = await callMessages(gateway.url, { key });
    const requestId = result.headers.get('x-request-id') ?? '';
    expect((await storedBodies(requestId)).status).toBe(200);
    const settings = body(await api('GET', '/settings/runtime')) as { values: { bodyRetentionDays: number } };
    expect(settings.values.bodyRetentionDays).toBe(3);

    const job = (daysAhead: number) =>
      createRetentionJob({
        db: gateway.runtime.db,
        logger: pino({ level: 'silent' }),
        retentionDays: () => gateway.runtime.settings.current().logRetentionDays,
        bodyRetentionDays: () => gateway.runtime.settings.current().bodyRetentionDays,
        now: () => Date.now() + daysAhead * 86_400_000,
        initialDelayMs: 3_600_000,
      });
    const early = job(2);
    await early.runNow();
    await early.stop();
    expect((await storedBodies(requestId)).status).toBe(200);

    const late = job(4);
    await late.runNow();
    await late.stop();
    expect((await storedBodies(requestId)).status).toBe(404);
    const logs = body(await api('GET', `/logs?limit=500`)) as { items: { requestId: string }[] };
    expect(logs.items.some((item) => item.requestId === requestId)).toBe(true);
  });
});
