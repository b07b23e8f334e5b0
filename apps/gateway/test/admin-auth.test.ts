import { listAuditLog } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body, signIn } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway, TEST_ADMIN_TOKEN } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let userKey: string;

beforeAll(async () => {
  gateway = await startGateway();
  const user = await gateway.addUser({ name: 'alice' });
  userKey = await gateway.addKey(user.id, { consoleAccess: true });
});
afterAll(async () => gateway?.close());

describe('admin authentication', () => {
  it('refuses anonymous callers and wrong bearer tokens with 401 problem+json', async () => {
    for (const token of [null, 'not-the-admin-token']) {
      const response = await adminFetch(gateway.url, 'GET', '/users', { token });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(body(response)).toMatchObject({ status: 401, title: 'Unauthorized' });
    }
  });

  it('accepts the admin token as Bearer, and mutations need no CSRF token then', async () => {
    expect((await adminFetch(gateway.url, 'GET', '/users')).status).toBe(200);
    expect((await adminFetch(gateway.url, 'POST', '/users', { body: { name: 'bearer-made' } })).status).toBe(201);
  });

  it('logs in with the admin token: httpOnly SameSite cookie, role, name and csrfToken', async () => {
    const session = await signIn(gateway.url, TEST_ADMIN_TOKEN);
    expect(session.role).toBe('admin');
    expect(session.setCookie).toMatch(/HttpOnly/i);
    expect(session.setCookie).toMatch(/SameSite=Strict/i);
    expect(session.setCookie).not.toMatch(/Secure/i); // ENABLE_SECURE_COOKIES=false in the harness
    const me = await adminFetch(gateway.url, 'GET', '/auth/me', { token: null, cookie: session.cookie });
    expect(me.status).toBe(200);
    expect(body(me)).toEqual({ role: 'admin', name: 'admin', csrfToken: session.csrf });
  });

  it('answers /auth/me with 401 without a valid cookie', async () => {
    expect((await adminFetch(gateway.url, 'GET', '/auth/me', { token: null })).status).toBe(401);
    expect(
      (await adminFetch(gateway.url, 'GET', '/auth/me', { token: null, cookie: 'cch_admin_session=forged' })).status,
    ).toBe(401);
  });

  it('refuses a wrong login token with 401 problem+json', async () => {
    const response = await adminFetch(gateway.url, 'POST', '/auth/login', {
      token: null,
      body: { token: 'wrong-token-123' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('requires x-csrf-token on cookie-authenticated mutations', async () => {
    const { cookie, csrf } = await signIn(gateway.url, TEST_ADMIN_TOKEN);
    const without = await adminFetch(gateway.url, 'POST', '/users', { token: null, cookie, body: { name: 'no-csrf' } });
    expect(without.status).toBe(403);
    expect(body(without).detail).toMatch(/x-csrf-token/);
    const wrong = await adminFetch(gateway.url, 'POST', '/users', {
      token: null,
      cookie,
      csrf: 'nope',
      body: { name: 'bad-csrf' },
    });
    expect(wrong.status).toBe(403);
    const right = await adminFetch(gateway.url, 'POST', '/users', {
      token: null,
      cookie,
      csrf,
      body: { name: 'with-csrf' },
    });
    expect(right.status).toBe(201);
    expect((await adminFetch(gateway.url, 'GET', '/users', { token: null, cookie })).status).toBe(200);
  });

  it('logs out: the cookie stops working', async () => {
    const { cookie, csrf } = await signIn(gateway.url, TEST_ADMIN_TOKEN);
    expect((await adminFetch(gateway.url, 'POST', '/auth/logout', { token: null, cookie, csrf })).status).toBe(200);
    expect((await adminFetch(gateway.url, 'GET', '/auth/me', { token: null, cookie })).status).toBe(401);
  });
});

describe('user-key sessions', () => {
  it('sign in with a console-access key and reach only /admin/me and /admin/auth', async () => {
    const { cookie, role } = await signIn(gateway.url, userKey);
    expect(role).toBe('user');
    expect(body(await adminFetch(gateway.url, 'GET', '/auth/me', { token: null, cookie }))).toMatchObject({
      role: 'user',
      name: 'alice',
    });
    const me = await adminFetch(gateway.url, 'GET', '/me', { token: null, cookie });
    expect(me.status).toBe(200);
    expect(body(me)).toMatchObject({ role: 'user', user: { name: 'alice' } });
    expect((await adminFetch(gateway.url, 'GET', '/me/usage', { token: null, cookie })).status).toBe(200);
    const keys = await adminFetch(gateway.url, 'GET', '/me/keys', { token: null, cookie });
    expect(keys.status).toBe(200);
    expect(keys.text).not.toContain(userKey);
    expect(keys.text).not.toContain('keyHash');
    for (const path of ['/users', '/providers', '/logs', '/stats', '/settings', '/audit-log', '/prices']) {
      const response = await adminFetch(gateway.url, 'GET', path, { token: null, cookie });
      expect(response.status, path).toBe(403);
    }
  });

  it('reads own requests, tokens and cost from /admin/me/stats; the admin token has none', async () => {
    const upstream = await startMockUpstream({ name: 'me-stats' });
    try {
      await gateway.addProvider({ baseUrl: upstream.url });
      const user = await gateway.addUser({ name: 'carol' });
      const consoleKey = await gateway.addKey(user.id, { consoleAccess: true });
      const otherKey = await gateway.addKey(user.id);
      expect((await callMessages(gateway.url, { key: otherKey })).status).toBe(200);
      expect((await callMessages(gateway.url, { key: consoleKey })).status).toBe(200);
      await gateway.flushLogs();
      const { cookie } = await signIn(gateway.url, consoleKey);
      const stats = await adminFetch(gateway.url, 'GET', '/me/stats?period=week', { token: null, cookie });
      expect(stats.status).toBe(200);
      const { user: mine, key: thisKey } = body(stats) as {
        user: { requests: number; inputTokens: number };
        key: { requests: number };
      };
      expect(mine.requests).toBe(2);
      expect(mine.inputTokens).toBeGreaterThan(0);
      expect(thisKey.requests).toBe(1);
      expect((await adminFetch(gateway.url, 'GET', '/me/stats')).status).toBe(403);
    } finally {
      await upstream.close();
    }
  });

  it('refuses a key without console access', async () => {
    const { key } = await gateway.addCaller();
    expect((await adminFetch(gateway.url, 'POST', '/auth/login', { token: null, body: { token: key } })).status).toBe(
      401,
    );
  });

  it('ends a user session when its key is disabled', async () => {
    const user = await gateway.addUser({ name: 'bob' });
    const key = await gateway.addKey(user.id, { consoleAccess: true });
    const { cookie } = await signIn(gateway.url, key);
    const keyId = gateway.runtime.cache.current().keys.find((k) => k.userId === user.id)?.id ?? '';
    expect((await adminFetch(gateway.url, 'PATCH', `/keys/${keyId}`, { body: { enabled: false } })).status).toBe(200);
    expect((await adminFetch(gateway.url, 'GET', '/me', { token: null, cookie })).status).toBe(401);
  });

  it('gives the admin token no /me view', async () => {
    expect((await adminFetch(gateway.url, 'GET', '/me/usage')).status).toBe(403);
  });
});

describe('login lockout', () => {
  it('locks an address out after 5 failures, even for the right token', async () => {
    const own = await startGateway();
    try {
      for (let i = 0; i < 5; i++) {
        expect(
          (await adminFetch(own.url, 'POST', '/auth/login', { token: null, body: { token: `wrong-${i}` } })).status,
        ).toBe(401);
      }
      const locked = await adminFetch(own.url, 'POST', '/auth/login', {
        token: null,
        body: { token: TEST_ADMIN_TOKEN },
      });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.headers.get('content-type')).toContain('application/problem+json');
      // this address is locked out for the admin token too: read the audit log from the database
      const audit = await listAuditLog(own.runtime.db);
      expect(JSON.stringify(audit)).toContain('auth.lockout');
    } finally {
      await own.close();
    }
  });

  it('rate-limits wrong admin bearer tokens per address; the right token works from another one', async () => {
    const own = await startGateway({ env: { TRUST_PROXY: 'true' } });
    const call = (token: string, ip: string) =>
      fetch(`${own.url}/admin/users`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': ip } });
    try {
      // a typo now and then is forgiven: the right token clears the address's count
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 4; i++) expect((await call('typo', '192.0.2.1')).status).toBe(401);
        expect((await call(TEST_ADMIN_TOKEN, '192.0.2.1')).status).toBe(200);
      }
      for (let i = 0; i < 5; i++) expect((await call(`wrong-token-${i}`, '203.0.113.7')).status).toBe(401);
      for (const token of ['wrong-token-again', TEST_ADMIN_TOKEN]) {
        const locked = await call(token, '203.0.113.7');
        expect(locked.status).toBe(429);
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(locked.headers.get('content-type')).toContain('application/problem+json');
        expect(await locked.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
      }
      expect((await call(TEST_ADMIN_TOKEN, '198.51.100.9')).status).toBe(200);
      // one policy for both: the console login from the locked address is locked too
      const login = await fetch(`${own.url}/admin/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
        body: JSON.stringify({ token: TEST_ADMIN_TOKEN }),
      });
      expect(login.status).toBe(429);
      const audit = await listAuditLog(own.runtime.db);
      expect(audit.items.filter((entry) => entry.action === 'auth.lockout').map((entry) => entry.ip)).toEqual([
        '203.0.113.7',
      ]);
    } finally {
      await own.close();
    }
  });
});
