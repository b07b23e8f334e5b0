import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROXY_ROUTES } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundRequest } from './context.js';
import { createProxyFrontDoor, proxyRouteOf } from './front-door.js';

describe('proxyRouteOf', () => {
  it('finds every fixed proxy route by its exact method and path', () => {
    for (const route of PROXY_ROUTES.filter((r) => !r.url.endsWith('*'))) {
      expect(proxyRouteOf(route.method, route.url)).toBe(route);
    }
  });

  it.each([
    ['POST', '/v1beta/models/gemini-2.5-pro:streamGenerateContent', '/v1beta/models/*'],
    ['GET', '/v1beta/models/gemini-2.5-pro', '/v1beta/models/*'],
    ['POST', '/v1/models/gemini-2.5-flash:generateContent', '/v1/models/*'],
    ['GET', '/v1/models/claude-sonnet-4-5', '/v1/models/*'],
    ['POST', '/v1internal:streamGenerateContent', '/v1internal*'],
  ])('takes %s %s by its wildcard route', (method, path, url) => {
    expect(proxyRouteOf(method, path)?.url).toBe(url);
  });

  it.each([
    ['HEAD', '/v1/messages'],
    ['PUT', '/v1/messages'],
    ['POST', '/v1/messages/'],
    ['POST', '//v1/messages'],
    ['POST', '/v1/Messages'],
    ['POST', '/v1/%6Dessages'],
    ['POST', '/v1beta/models/a%2Fb:generateContent'],
    ['POST', '/v1beta/models/a/../b:generateContent'],
    ['POST', '/v1beta/models/'],
    ['POST', '/v1/unknown'],
    ['GET', '/admin/users'],
  ])('leaves %s %s to the router', (method, path) => {
    expect(proxyRouteOf(method, path)).toBeNull();
  });
});

describe('createProxyFrontDoor on a real server', () => {
  const handled: InboundRequest[] = [];
  const bodyReadWhenHandled: boolean[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const take = createProxyFrontDoor({
      trustProxy: false,
      newRequestId: () => 'req-test',
      handle: async (endpoint, request, res) => {
        handled.push(request);
        bodyReadWhenHandled.push(request.bodyStream?.readableEnded ?? true);
        res.end(`pipeline:${endpoint.id}`);
      },
    });
    server = createServer((req, res) => {
      if (!take(req, res)) res.end('router');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hands ordinary proxy requests to the pipeline with the query read and the body unread', async () => {
    const response = await fetch(`${base}/v1/messages?beta=true&key=first&key=second`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'claude-cli/2.1.0' },
      body: '{"model":"m"}',
    });
    expect(await response.text()).toBe('pipeline:anthropic.messages');
    const request = handled.at(-1)!;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/v1/messages?beta=true&key=first&key=second',
      path: '/v1/messages',
      query: { beta: 'true', key: 'first' },
      contentLength: 13,
      clientIp: '127.0.0.1',
      userAgent: 'claude-cli/2.1.0',
    });
    expect(bodyReadWhenHandled.at(-1)).toBe(false);
  });

  it('answers a wildcard path the route does not resolve as not found, in the route protocol', async () => {
    const response = await fetch(`${base}/v1beta/models/gemini-2.5-pro:noSuchMethod`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it('lets everything else through to the router', async () => {
    for (const path of ['/v1/messages/', '/v1/%6Dessages', '/healthz', '/admin/users']) {
      expect(await (await fetch(`${base}${path}`, { method: 'POST' })).text()).toBe('router');
    }
    expect((await fetch(`${base}/v1/messages`, { method: 'HEAD' })).status).toBe(200);
  });
});
