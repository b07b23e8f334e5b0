import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;
let key: string;

const api = (method: string, path: string, requestBody?: unknown) =>
  adminFetch(gateway.url, method, path, requestBody === undefined ? {} : { body: requestBody });
type View = { values: Record<string, unknown>; sources: Record<string, string>; fallbacks: Record<string, unknown> };
const view = async () => body(await api('GET', '/settings/runtime')) as View;
const warmup = () =>
  callMessages(gateway.url, {
    key,
    body: messageBody({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Warmup' }] }] }),
  });

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([
    startGateway({ env: { TZ: 'Asia/Shanghai', SESSION_TTL: '600' } }),
    startMockUpstream({ name: 'settings' }),
  ]);
  await gateway.addProvider({ baseUrl: upstream.url });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('runtime settings', () => {
  it('start from .env and built-in defaults, and say so', async () => {
    const { values, sources } = await view();
    expect(values).toMatchObject({
      timeZone: 'Asia/Shanghai',
      sessionTtlSeconds: 600,
      interceptWarmup: true,
      storeBodies: false,
      siteTitle: 'Claude Code Hub',
      displayCurrency: 'USD',
      usdExchangeRate: '1',
    });
    expect(sources).toMatchObject({ timeZone: 'environment', siteTitle: 'default', storeBodies: 'environment' });
  });

  it('apply to the next request without a restart, and null returns a value to .env', async () => {
    upstream.reset();
    expect((await warmup()).status).toBe(200);
    expect(upstream.requests).toHaveLength(0); // answered locally

    const patched = await api('PATCH', '/settings/runtime', { interceptWarmup: false, storeBodies: true });
    expect(patched.status).toBe(200);
    expect(body(patched)).toMatchObject({
      values: { interceptWarmup: false, storeBodies: true },
      sources: { interceptWarmup: 'database', storeBodies: 'database', timeZone: 'environment' },
    });
    expect((await warmup()).status).toBe(200);
    expect(upstream.requests).toHaveLength(1); // now forwarded
    await gateway.flushLogs();
    const logs = body(await api('GET', '/logs?limit=1')) as { items: { id: number }[] };
    const detail = body(await api('GET', `/logs/${logs.items[0]?.id}`)) as { requestBody: string | null };
    expect(detail.requestBody).toContain('Warmup'); // bodies stored from now on

    const reset = body(await api('PATCH', '/settings/runtime', { interceptWarmup: null, storeBodies: null })) as View;
    expect(reset.values).toMatchObject({ interceptWarmup: true, storeBodies: false });
    expect(reset.sources.interceptWarmup).toBe('environment');
    upstream.reset();
    await warmup();
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuse a bad value or an unknown name and change nothing, and record who changed what', async () => {
    const before = await view();
    const bad = await api('PATCH', '/settings/runtime', { siteTitle: 'Team', timeZone: 'Mars/Olympus_Mons' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('timeZone');
    expect((await api('PATCH', '/settings/runtime', { usdExchangeRate: '0' })).status).toBe(400);
    expect((await api('PATCH', '/settings/runtime', { displayCurrency: 'euro' })).status).toBe(400);
    expect((await api('PATCH', '/settings/runtime', { adminToken: 'x' })).status).toBe(400);
    expect(await view()).toEqual(before);

    const changed = await api('PATCH', '/settings/runtime', { displayCurrency: 'CNY', usdExchangeRate: '7.1' });
    expect(changed.status).toBe(200);
    const audit = body(await api('GET', '/audit-log?limit=1')) as { items: { action: string; after: unknown }[] };
    expect(audit.items[0]).toMatchObject({ action: 'settings.runtime.update', after: { displayCurrency: 'CNY' } });
  });

  it('publish the title and currency to the console before sign-in', async () => {
    await api('PATCH', '/settings/runtime', { siteTitle: 'Acme AI Gateway' });
    const config = await adminFetch(gateway.url, 'GET', '/console-config', { token: null });
    expect(config.status).toBe(200);
    expect(body(config)).toEqual({
      siteTitle: 'Acme AI Gateway',
      displayCurrency: 'CNY',
      usdExchangeRate: '7.1',
      secureCookies: false, // ENABLE_SECURE_COOKIES=false in the harness
    });
  });

  it('tell the console when the session cookie is Secure, so the login page only then says so', async () => {
    const secure = await startGateway({ env: { ENABLE_SECURE_COOKIES: 'true' } });
    try {
      const config = await adminFetch(secure.url, 'GET', '/console-config', { token: null });
      expect(body(config)).toMatchObject({ secureCookies: true });
    } finally {
      await secure.close();
    }
  });

  it('move daily quota resets to a new time zone at once', async () => {
    const user = body(await api('POST', '/users', { name: 'zoned', usdDailyLimit: '5' })) as { id: string };
    const dailyReset = async () => {
      const usage = body(await api('GET', `/users/${user.id}/usage`)) as {
        entries: { limit: string; resetAt: number | null }[];
      };
      return usage.entries.find((entry) => entry.limit === 'usdDaily')?.resetAt ?? null;
    };
    const inShanghai = await dailyReset();
    expect((await api('PATCH', '/settings/runtime', { timeZone: 'America/New_York' })).status).toBe(200);
    const inNewYork = await dailyReset();
    expect(inShanghai).not.toBeNull();
    expect(inNewYork).not.toBeNull();
    // local midnight in New York is 12 or 13 hours after midnight in Shanghai
    const hours = (((inNewYork ?? 0) - (inShanghai ?? 0)) / 3_600_000 + 24) % 24;
    expect([12, 13]).toContain(hours);
    await api('PATCH', '/settings/runtime', { timeZone: null });
    expect(await dailyReset()).toBe(inShanghai);
  });
});
