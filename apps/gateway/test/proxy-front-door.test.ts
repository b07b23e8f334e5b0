import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { logRowOf } from './support/log-rows.js';

/**
 * Proxy traffic on a listening server is taken ahead of Fastify (front-door.ts); `inject` still
 * goes through Fastify's proxy routes. Both must answer alike and log the caller alike.
 */

let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
});

afterAll(async () => {
  await upstream?.close();
});

function withoutRequestIds(text: string): string {
  return text.replace(/"(request_id|requestId|id)":"[^"]*"/g, '"$1":"…"').replace(/req_[A-Za-z0-9]+/g, 'req_…');
}

describe.each([
  { trustProxy: false, loggedIp: '127.0.0.1' },
  { trustProxy: true, loggedIp: '203.0.113.7' },
])('with TRUST_PROXY=$trustProxy', ({ trustProxy, loggedIp }) => {
  let gateway: GatewayHarness;
  let key: string;

  beforeAll(async () => {
    gateway = await startGateway({ env: { TRUST_PROXY: String(trustProxy) } });
    await gateway.addProvider({ baseUrl: upstream.url });
    key = (await gateway.addCaller()).key;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it(`logs ${loggedIp} as the caller, over HTTP and through the router`, async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' };
    const overHttp = await callMessages(gateway.url, { key, headers });
    expect(overHttp.status).toBe(200);
    expect((await logRowOf(gateway, overHttp)).clientIp).toBe(loggedIp);

    const injected = await gateway.app.inject({
      method: 'POST',
      url: '/v1/messages',
      headers: { ...headers, 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      payload: JSON.stringify(messageBody()),
      remoteAddress: '127.0.0.1',
    });
    expect(injected.statusCode).toBe(200);
    const injectedRow = await logRowOf(gateway, {
      headers: new Headers({ 'x-request-id': injected.headers['x-request-id'] as string }),
    });
    expect(injectedRow.clientIp).toBe(loggedIp);
  });

  it.each([
    ['a wrong key', '/v1/messages', { 'x-api-key': 'cch-wrong' }],
    ['a Gemini method that does not exist', '/v1beta/models/gemini-2.5-pro:noSuchMethod', {}],
    ['an unknown model', '/v1/messages', {}],
  ])('answers %s the same way over HTTP and through the router', async (_case, path, extra) => {
    const headers = {
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-api-key': key,
      ...extra,
    };
    const payload = JSON.stringify(messageBody({ model: 'no-such-model-anywhere' }));
    const overHttp = await fetch(`${gateway.url}${path}`, { method: 'POST', headers, body: payload });
    const injected = await gateway.app.inject({ method: 'POST', url: path, headers, payload });
    expect(overHttp.status).toBe(injected.statusCode);
    expect(overHttp.headers.get('content-type')).toBe(injected.headers['content-type']);
    expect(withoutRequestIds(await overHttp.text())).toBe(withoutRequestIds(injected.body));
  });
});
