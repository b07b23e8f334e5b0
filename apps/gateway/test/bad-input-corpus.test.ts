import { request as httpRequest } from 'node:http';
import { listRequestLogs } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { TEST_ADMIN_TOKEN, type GatewayHarness, startGateway } from './support/gateway-harness.js';

/**
 * Hostile and broken requests, each answered locally with a clear error in the caller's protocol
 * (or problem+json on /admin) — and none of them reaches an upstream or costs anything.
 */

type Shape = 'anthropic' | 'openai' | 'google' | 'problem';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP/1.1 request: paths are sent as written (fetch would normalise `..`), bodies as given. */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string) {
  const url = new URL(base);
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

function shapeOf(answer: RawAnswer): Shape | null {
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return null;
  }
  const record = json as Record<string, unknown>; // inspected field by field below
  const error = record['error'] as Record<string, unknown> | undefined;
  if (record['type'] === 'error' && typeof error?.['type'] === 'string' && typeof error['message'] === 'string') {
    return 'anthropic';
  }
  if (
    typeof error?.['message'] === 'string' &&
    typeof error['status'] === 'string' &&
    error['code'] === answer.status
  ) {
    return 'google';
  }
  if (typeof error?.['message'] === 'string' && typeof error['type'] === 'string') return 'openai';
  if (typeof record['title'] === 'string' && record['status'] === answer.status) return 'problem';
  return null;
}

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  status: number;
  shape: Shape;
  /** A word the error message must contain, so the client learns what is wrong. */
  says?: RegExp;
}

const json = (value: unknown) => JSON.stringify(value);

interface ProtocolTarget {
  name: string;
  shape: Shape;
  path: string;
  auth: (key: string) => Record<string, string>;
  body: (overrides: Record<string, unknown>) => Record<string, unknown>;
  maxField: string;
  modelInBody: boolean;
}

const TARGETS: ProtocolTarget[] = [
  {
    name: 'anthropic',
    shape: 'anthropic',
    path: '/v1/messages',
    auth: (key) => ({ 'x-api-key': key, 'anthropic-version': '2023-06-01' }),
    body: (o) => ({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }], ...o }),
    maxField: 'max_tokens',
    modelInBody: true,
  },
  {
    name: 'openai-chat',
    shape: 'openai',
    path: '/v1/chat/completions',
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    body: (o) => ({ model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }], ...o }),
    maxField: 'max_completion_tokens',
    modelInBody: true,
  },
  {
    name: 'openai-responses',
    shape: 'openai',
    path: '/v1/responses',
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    body: (o) => ({ model: 'gpt-5-codex', input: 'hi', ...o }),
    maxField: 'max_output_tokens',
    modelInBody: true,
  },
  {
    name: 'gemini',
    shape: 'google',
    path: '/v1beta/models/gemini-2.5-flash:generateContent',
    auth: (key) => ({ 'x-goog-api-key': key }),
    body: (o) => ({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], ...o }),
    maxField: 'generationConfig',
    modelInBody: false,
  },
  {
    name: 'gemini-cli',
    shape: 'google',
    path: '/v1internal:generateContent',
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    body: (o) => ({
      model: 'gemini-2.5-pro',
      request: { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] },
      ...o,
    }),
    maxField: 'request',
    modelInBody: true,
  },
];

function bodyCases(t: ProtocolTarget, key: string): Case[] {
  const auth = { 'content-type': 'application/json', ...t.auth(key) };
  const post = (name: string, body: string | Buffer, status: number, says?: RegExp): Case => ({
    name: `${t.name}: ${name}`,
    path: t.path,
    headers: auth,
    body,
    status,
    shape: t.shape,
    ...(says && { says }),
  });
  const cases: Case[] = [
    post('empty body', '', 400, /empty/),
    post('not JSON', 'hello', 400, /JSON/),
    post('truncated JSON', '{"model":"x", "messa', 400, /JSON/),
    post('a JSON array', '[1,2]', 400, /object/),
    post('JSON null', 'null', 400, /object/),
    post('a JSON string', '"hi"', 400, /object/),
    post('a JSON number', '42', 400, /object/),
    { ...post('no key', json(t.body({})), 401), headers: { 'content-type': 'application/json' } },
    {
      ...post('a wrong key', json(t.body({})), 401),
      headers: { 'content-type': 'application/json', ...t.auth('sk-nope') },
    },
    {
      ...post('two different keys', json(t.body({})), 401),
      headers: { ...auth, 'x-api-key': key, authorization: 'Bearer sk-other' },
    },
    { ...post('an unknown path', json(t.body({})), 404), path: `${t.path.split(':')[0]}/nope` },
    {
      ...post('a declared body over the limit', 'x', 413, /larger than/),
      headers: { ...auth, 'content-length': String(200 * 1024 * 1024) },
    },
  ];
  if (t.modelInBody) {
    cases.push(
      post('model missing', json({ ...t.body({}), model: undefined }), 400, /model is required/),
      post('model a number', json(t.body({ model: 123 })), 400, /model must be a non-empty string/),
      post('model empty', json(t.body({ model: '' })), 400, /model/),
      post('model with NUL', json(t.body({ model: 'claude\u0000x' })), 400, /control characters/),
      post('model with a newline', json(t.body({ model: 'gpt\n5' })), 400, /control characters/),
      post('model of 300 characters', json(t.body({ model: 'm'.repeat(300) })), 400, /longer than/),
    );
  }
  if (t.maxField !== 'generationConfig' && t.maxField !== 'request') {
    cases.push(
      post('stream not a boolean', json(t.body({ stream: 'yes' })), 400, /stream must be a boolean/),
      post('max output a string', json(t.body({ [t.maxField]: 'lots' })), 400, /positive integer/),
      post('max output negative', json(t.body({ [t.maxField]: -1 })), 400, /positive integer/),
      post('max output fractional', json(t.body({ [t.maxField]: 1.5 })), 400, /positive integer/),
    );
  } else {
    const config = (value: unknown) =>
      t.maxField === 'request'
        ? t.body({ request: { contents: [], generationConfig: { maxOutputTokens: value } } })
        : t.body({ generationConfig: { maxOutputTokens: value } });
    cases.push(
      post('maxOutputTokens a string', json(config('x')), 400, /maxOutputTokens/),
      post('maxOutputTokens zero', json(config(0)), 400, /maxOutputTokens/),
    );
  }
  return cases;
}

function headerCases(t: ProtocolTarget, key: string): Case[] {
  const auth = { 'content-type': 'application/json', ...t.auth(key) };
  const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x-stainless-junk-${i}`, 'x']));
  return [
    {
      name: `${t.name}: 60 SDK-style headers`,
      path: t.path,
      headers: { ...auth, ...many },
      body: json(t.body({})),
      status: 431,
      shape: t.shape,
      says: /too many request headers|too large/,
    },
    {
      name: `${t.name}: an allowed header of 10 kB`,
      path: t.path,
      headers: { ...auth, 'user-agent': 'u'.repeat(10_000) },
      body: json(t.body({})),
      status: 431,
      shape: t.shape,
    },
    {
      name: `${t.name}: headers beyond the server's limit`,
      path: t.path,
      headers: { ...auth, ...Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`x-junk-${i}`, 'junk'])) },
      body: json(t.body({})),
      status: 431,
      shape: t.shape,
    },
  ];
}

function geminiPathCases(key: string): Case[] {
  const auth = { 'content-type': 'application/json', 'x-goog-api-key': key };
  const body = json({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] });
  const at = (name: string, path: string, status: number): Case => ({
    name: `gemini path: ${name}`,
    path,
    headers: auth,
    body,
    status,
    shape: 'google',
  });
  return [
    at('encoded dot-segments', '/v1beta/models/%2e%2e/%2e%2e/%2e%2e/%2e%2e/_control/x:generateContent', 404),
    at('raw dot-segments', '/v1beta/models/../../../_control/x:generateContent', 404),
    at('encoded slashes in the model', '/v1beta/models/..%2f..%2f_control%2fx:generateContent', 400),
    at('upper-case encoded dots', '/v1beta/models/%2E%2E%2F%2E%2E%2Fx:streamGenerateContent?alt=sse', 400),
    at('a backslash in the model', '/v1beta/models/a%5C..%5Cb:generateContent', 400),
    at('a space in the model', '/v1beta/models/gemini%202:generateContent', 400),
    at('an unknown method', '/v1beta/models/gemini-2.5-flash:deleteEverything', 404),
    at('no method', '/v1beta/models/gemini-2.5-flash', 404),
    at('an empty model', '/v1beta/models/:generateContent', 404),
    at('a model of 200 characters', `/v1beta/models/${'g'.repeat(200)}:generateContent`, 400),
    at('Code Assist dot-segments', '/v1internal:../../x', 404),
    at('a Code Assist method with a slash', '/v1internal:load/Code', 404),
  ];
}

function adminCases(): Case[] {
  const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json' };
  const at = (name: string, method: string, path: string, body: string | undefined, status: number): Case => ({
    name: `admin: ${name}`,
    method,
    path,
    headers: admin,
    ...(body !== undefined && { body }),
    status,
    shape: 'problem',
  });
  return [
    at('a user without a name', 'POST', '/admin/users', json({}), 400),
    at('a user name of the wrong type', 'POST', '/admin/users', json({ name: 42 }), 400),
    at('not JSON', 'POST', '/admin/users', '{"name":', 400),
    at(
      'a provider with a bad type',
      'POST',
      '/admin/providers',
      json({ name: 'p', type: 'nope', baseUrl: 'http://x' }),
      400,
    ),
    at(
      'a provider with a bad URL',
      'POST',
      '/admin/providers',
      json({ name: 'p', type: 'claude', baseUrl: 'nope' }),
      400,
    ),
    at(
      'a negative weight',
      'POST',
      '/admin/providers',
      json({ name: 'p', type: 'claude', baseUrl: 'http://x', weight: -1 }),
      400,
    ),
    at('an unknown user', 'GET', '/admin/users/00000000-0000-0000-0000-000000000000', undefined, 404),
    at('a malformed id', 'GET', '/admin/users/not-an-id', undefined, 404),
    at('logs with a bad limit', 'GET', '/admin/logs?limit=-5', undefined, 400),
    at('a body over 1 MB', 'POST', '/admin/users', json({ name: 'x'.repeat(1_100_000) }), 413),
    { ...at('no token', 'GET', '/admin/users', undefined, 401), headers: {} },
    {
      ...at('a wrong token', 'GET', '/admin/users', undefined, 401),
      headers: { authorization: 'Bearer nope-nope-nope-nope' },
    },
  ];
}

let upstream: MockUpstream;
let gateway: GatewayHarness;
let key: string;
let userId: string;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'corpus', basePath: '/tenant-a' });
  gateway = await startGateway();
  for (const type of ['claude', 'openai-compatible', 'codex', 'gemini', 'gemini-cli'] as const) {
    await gateway.addProvider({ type, baseUrl: `${upstream.url}/tenant-a` });
  }
  const caller = await gateway.addCaller();
  key = caller.key;
  userId = caller.user.id;
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
});

describe('the bad-input corpus', () => {
  const cases = () => [
    ...TARGETS.flatMap((t) => [...bodyCases(t, key), ...headerCases(t, key)]),
    ...geminiPathCases(key),
    ...adminCases(),
  ];

  it('has at least 100 cases across the four protocols and /admin', () => {
    expect(cases().length).toBeGreaterThanOrEqual(100);
  });

  it('answers every case locally, in the caller’s shape, with a message that says what is wrong', async () => {
    const failures: string[] = [];
    for (const c of cases()) {
      const answer = await send(gateway.url, c.method ?? 'POST', c.path, c.headers ?? {}, c.body);
      const shape = shapeOf(answer);
      if (answer.status !== c.status || shape !== c.shape || (c.says && !c.says.test(answer.body))) {
        failures.push(`${c.name}: ${answer.status} ${shape ?? 'unshaped'} ${answer.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    // nothing went upstream, nothing was charged
    expect(upstream.requestCount).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50)); // rows are written off the response path
    await gateway.flushLogs();
    const rows = (await listRequestLogs(gateway.runtime.db, { limit: 500, userId })).items;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => Number(row.costUsd) !== 0 || row.statusCode < 400)).toEqual([]);
  });

  it('still serves the same key normally afterwards', async () => {
    const ok = await send(
      gateway.url,
      'POST',
      '/v1/messages',
      { 'content-type': 'application/json', 'x-api-key': key },
      json(TARGETS[0]!.body({})),
    );
    expect(ok.status).toBe(200);
    expect(upstream.requests.at(-1)?.path).toBe('/tenant-a/v1/messages');
    expect(upstream.outsideBasePath).toBe(0);
  });
});
