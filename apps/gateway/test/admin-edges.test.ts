import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from '../src/plugins/console.js';
import { adminFetch, body } from './support/admin-client.js';
import { type GatewayHarness, startGateway, TEST_ADMIN_TOKEN } from './support/gateway-harness.js';
import { type RedisProxy, startRedisProxy } from './support/redis-proxy.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/** Sends raw bytes and returns the raw answer (for requests a client library would not send). */
function rawRequest(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the admin API at its edges, with the console served', () => {
  let gateway: GatewayHarness;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = await mkdtemp(join(tmpdir(), 'cch-console-'));
    await writeFile(
      join(consoleDir, 'index.html'),
      '<!doctype html><title>Claude Code Hub</title><div id="root"></div>',
    );
    gateway = await startGateway({ consoleDir });
  });
  afterAll(async () => {
    await gateway?.close();
    await rm(consoleDir, { recursive: true, force: true });
  });

  it('answers an unknown /admin GET with a problem+json 404, not the console page', async () => {
    for (const path of ['', '/', '/no-such-resource', '/users/u1/nothing-here']) {
      const response = await adminFetch(gateway.url, 'GET', path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(body(response)).toMatchObject({ status: 404, title: 'Not Found' });
    }
    const page = await fetch(`${gateway.url}/users`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('takes a JSON content type with an empty body as no body; routes that need one say so', async () => {
    const headers = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const user = body(await adminFetch(gateway.url, 'POST', '/users', { body: { name: 'to-delete' } }));
    const removed = await fetch(`${gateway.url}/admin/users/${String(user.id)}`, { method: 'DELETE', headers });
    expect(removed.status).toBeLessThan(300);
    const logout = await fetch(`${gateway.url}/admin/auth/logout`, { method: 'POST', headers });
    expect(logout.status).toBe(200);
    const create = await fetch(`${gateway.url}/admin/users`, { method: 'POST', headers });
    expect(create.status).toBe(400);
    expect(create.headers.get('content-type')).toContain('application/problem+json');
    expect(await create.json()).toMatchObject({ status: 400, title: 'Validation failed' });
    const broken = await fetch(`${gateway.url}/admin/users`, { method: 'POST', headers, body: '{"name":' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
  });

  it('serves the console page with a strict CSP, no framing, nosniff and a referrer policy', async () => {
    for (const path of ['/', '/users', '/index.html']) {
      const page = await fetch(`${gateway.url}${path}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(CONSOLE_CSP).toContain("script-src 'self';");
  });

  it('answers request headers too large for /admin in problem+json', async () => {
    const answer = await rawRequest(
      gateway.url,
      `GET /admin/users HTTP/1.1\r\nHost: x\r\nX-Junk: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const [head = '', payload = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(payload)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });
});

describe.skipIf(!adminUrl)('the admin API while PostgreSQL is unreachable', () => {
  let database: TestDatabase;
  let proxy: RedisProxy;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    database = await createTestDatabase(adminUrl ?? '');
    const target = new URL(database.url);
    if (target.port === '') target.port = '5432';
    proxy = await startRedisProxy(target.toString()); // a plain TCP proxy despite its name
    const proxied = new URL(target);
    proxied.hostname = '127.0.0.1';
    proxied.port = new URL(proxy.url).port;
    gateway = await startGateway({ env: { DATABASE_URL: proxied.toString() } });
  });
  afterAll(async () => {
    await proxy?.restart().catch(() => undefined);
    await gateway?.close();
    await proxy?.stop();
    await database?.drop();
  });

  it('answers 503 problem+json with a clear title, and recovers when the database returns', async () => {
    expect((await adminFetch(gateway.url, 'GET', '/users')).status).toBe(200);
    await proxy.stop();
    const down = await adminFetch(gateway.url, 'GET', '/users');
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(down.headers.get('retry-after')).toBe('5');
    expect(body(down)).toMatchObject({ status: 503, title: 'Database unavailable' });
    expect(down.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    await proxy.restart();
    await expect.poll(async () => (await adminFetch(gateway.url, 'GET', '/users')).status).toBe(200);
  });
});
