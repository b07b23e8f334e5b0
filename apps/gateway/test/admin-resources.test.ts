import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { adminFetch, body } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;
const PROVIDER_KEY = 'sk-ant-admin-test-secret-0123456789wxyz';

const api = (method: string, path: string, requestBody?: unknown) =>
  adminFetch(gateway.url, method, path, requestBody === undefined ? {} : { body: requestBody });
const items = (response: Awaited<ReturnType<typeof api>>) => body(response).items as Record<string, unknown>[];

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([startGateway(), startMockUpstream({ name: 'admin' })]);
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

async function auditActions(): Promise<string[]> {
  return items(await api('GET', '/audit-log?limit=500')).map((entry) => String(entry.action));
}

describe('providers', () => {
  it('create from the minimal body, list/get without the key, update, delete — each audited', async () => {
    const created = await api('POST', '/providers', {
      name: 'main',
      type: 'claude',
      baseUrl: upstream.url,
      apiKey: PROVIDER_KEY,
    });
    expect(created.status).toBe(201);
    const provider = body(created);
    expect(provider).toMatchObject({
      name: 'main',
      enabled: true,
      apiKeyPreview: 'sk-…wxyz',
      health: { status: 'closed' },
    });
    expect(created.text).not.toContain(PROVIDER_KEY);
    const id = String(provider.id);
    const listed = await api('GET', '/providers');
    expect(listed.text).not.toContain(PROVIDER_KEY);
    expect(items(listed).map((p) => p.id)).toContain(id);
    expect((await api('GET', `/providers/${id}`)).status).toBe(200);
    const updated = await api('PATCH', `/providers/${id}`, {
      priority: 3,
      timeouts: { totalMs: 5000 },
      limits: { rpm: 100 },
    });
    expect(body(updated)).toMatchObject({
      priority: 3,
      timeouts: { totalMs: 5000, connectMs: 10_000 },
      limits: { rpm: 100 },
    });
    expect(gateway.runtime.cache.current().providerById.get(id)?.priority).toBe(3);
    expect((await api('GET', `/providers/${id}/usage`)).status).toBe(200);
    expect((await api('DELETE', `/providers/${id}`)).status).toBe(200);
    expect((await api('GET', `/providers/${id}`)).status).toBe(404);
    const actions = await auditActions();
    expect(actions).toEqual(expect.arrayContaining(['provider.create', 'provider.update', 'provider.delete']));
    expect(JSON.stringify(body(await api('GET', '/audit-log?limit=500')))).not.toContain(PROVIDER_KEY);
  });

  it('names the invalid field in a 400 problem', async () => {
    const response = await api('POST', '/providers', { name: 'x', type: 'nope', baseUrl: 'ftp://x', apiKey: '' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const fields = (body(response).errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['type', 'baseUrl', 'apiKey']));
    expect((await api('POST', '/providers', { type: 'claude' })).status).toBe(400);
  });

  it('tests a provider against the mock upstream and reports status and latency', async () => {
    const id = String(
      body(
        await api('POST', '/providers', { name: 'probe', type: 'claude', baseUrl: upstream.url, apiKey: PROVIDER_KEY }),
      ).id,
    );
    upstream.reset();
    const result = await api('POST', `/providers/${id}/test`);
    expect(result.status).toBe(200);
    expect(body(result)).toMatchObject({ ok: true, status: 200, errorClass: null });
    expect(typeof body(result).latencyMs).toBe('number');
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]?.headers['x-api-key']).toBe(PROVIDER_KEY);
    const broken = String(
      body(
        await api('POST', '/providers', {
          name: 'dead',
          type: 'claude',
          baseUrl: 'http://127.0.0.1:9',
          apiKey: PROVIDER_KEY,
        }),
      ).id,
    );
    expect(body(await api('POST', `/providers/${broken}/test`))).toMatchObject({ ok: false, status: null });
  });

  it('shows an open breaker with its reason and resets it', async () => {
    const id = String(
      body(
        await api('POST', '/providers', { name: 'flaky', type: 'claude', baseUrl: upstream.url, apiKey: PROVIDER_KEY }),
      ).id,
    );
    await gateway.runtime.store.recordBreakerOutcome({
      key: `breaker:${id}`,
      outcome: 'failure',
      now: Date.now(),
      failureThreshold: 1,
      openDurationMs: 60_000,
      halfOpenSuccesses: 1,
      reason: 'upstream_5xx: boom',
    });
    expect(body(await api('GET', `/providers/${id}`)).health).toMatchObject({
      status: 'open',
      reason: 'upstream_5xx: boom',
    });
    const reset = await api('POST', `/providers/${id}/circuit/reset`);
    expect(body(reset).health).toMatchObject({ status: 'closed' });
    expect(await auditActions()).toContain('provider.circuit.reset');
  });
});

describe('users and keys', () => {
  it('create a user from {"name"} with flat limits, update, delete', async () => {
    const created = await api('POST', '/users', { name: 'carol', rpmLimit: 30, limits: { usdDaily: 5 } });
    expect(created.status).toBe(201);
    expect(body(created)).toMatchObject({
      name: 'carol',
      role: 'user',
      limits: { rpm: 30, usdDaily: '5', usdMonthly: null },
    });
    const id = String(body(created).id);
    expect(body(await api('PATCH', `/users/${id}`, { limits: { usdMonthly: '50.5' }, note: 'vip' }))).toMatchObject({
      note: 'vip',
      limits: { rpm: 30, usdMonthly: '50.5' },
    });
    expect(gateway.runtime.cache.current().userById.get(id)?.limits.usdMonthly).toBe('50.5');
    expect(items(await api('GET', '/users')).some((u) => u.id === id)).toBe(true);
    expect((await api('GET', `/users/${id}/usage`)).status).toBe(200);
    expect((await api('POST', `/users/${id}/usage/reset`)).status).toBe(200);
    expect((await api('DELETE', `/users/${id}`)).status).toBe(200);
    expect((await api('GET', `/users/${id}`)).status).toBe(404);
    expect((await api('POST', '/users', {})).status).toBe(400);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.delete', 'user.usage.reset']),
    );
  });

  it('shows a new key exactly once; it works on /v1; disabling it refuses it', async () => {
    await gateway.addProvider({ baseUrl: upstream.url });
    const userId = String(body(await api('POST', '/users', { name: 'dave' })).id);
    const created = await api('POST', `/users/${userId}/keys`, { name: 'laptop' });
    expect(created.status).toBe(201);
    const { id, key } = body(created) as { id: string; key: string };
    expect(key).toMatch(/^sk-/);
    expect(created.text).not.toContain('keyHash');
    const listed = await api('GET', `/users/${userId}/keys`);
    expect(listed.text).not.toContain(key);
    expect(listed.text).not.toContain('keyHash');
    expect(items(listed)[0]).toMatchObject({ id, name: 'laptop', enabled: true, lastUsedAt: null });
    const before = Date.now();
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the log row is queued after the response
    await gateway.flushLogs();
    const lastUsedAt = (items(await api('GET', `/users/${userId}/keys`))[0] as { lastUsedAt: string | null })
      .lastUsedAt;
    expect(Date.parse(lastUsedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(body(await api('PATCH', `/keys/${id}`, { enabled: false }))).toMatchObject({ enabled: false });
    expect((await callMessages(gateway.url, { key })).status).toBe(401);
    expect((await api('GET', `/keys/${id}/usage`)).status).toBe(200);
    expect((await api('POST', `/keys/${id}/usage/reset`)).status).toBe(200);
    expect((await api('DELETE', `/keys/${id}`)).status).toBe(200);
    expect((await api('PATCH', `/keys/${id}`, { enabled: true })).status).toBe(404);
    expect(JSON.stringify(body(await api('GET', '/audit-log?limit=500')))).not.toContain(key);
  });

  it('rotates a key: the replacement works, the old one keeps working until the grace period ends', async () => {
    const userId = String(body(await api('POST', '/users', { name: 'erin' })).id);
    const { id, key: oldKey } = body(await api('POST', `/users/${userId}/keys`, { name: 'ci' })) as {
      id: string;
      key: string;
    };
    const rotated = await api('POST', `/keys/${id}/rotate`, { graceSeconds: 3600 });
    expect(rotated.status).toBe(201);
    const { replacement, previous } = body(rotated) as {
      replacement: { key: string; name: string };
      previous: { expiresAt: string };
    };
    expect(replacement.key).toMatch(/^sk-/);
    expect(replacement.name).toBe('ci');
    expect(new Date(previous.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect((await callMessages(gateway.url, { key: replacement.key })).status).toBe(200);
    expect((await callMessages(gateway.url, { key: oldKey })).status).toBe(200);
    await api('POST', `/keys/${id}/rotate`, { graceSeconds: 0 });
    expect((await callMessages(gateway.url, { key: oldKey })).status).toBe(401);
    expect(await auditActions()).toContain('key.rotate');
  });
});

describe('prices', () => {
  it('lists and searches built-in prices, upserts and deletes a manual one', async () => {
    const all = items(await api('GET', '/prices?search=claude'));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => String(p.model).includes('claude'))).toBe(true);
    const put = await api('PUT', '/prices/my-model', {
      input_cost_per_token: 0.000001,
      output_cost_per_token: 0.000002,
    });
    expect(put.status).toBe(200);
    expect(body(put)).toMatchObject({ model: 'my-model', source: 'manual' });
    expect(items(await api('GET', '/prices?source=manual')).map((p) => p.model)).toContain('my-model');
    expect((await api('PUT', '/prices/bad', { input_cost_per_token: -1 })).status).toBe(400);
    expect((await api('DELETE', '/prices/my-model')).status).toBe(200);
    expect((await api('DELETE', '/prices/my-model')).status).toBe(404);
  });

  it('refuses a failed or garbage sync and changes nothing', async () => {
    const before = (await api('GET', '/prices')).text;
    const unreachable = await api('POST', '/prices/sync', { url: 'http://127.0.0.1:9/prices.json' });
    expect(unreachable.status).toBe(422);
    expect(body(unreachable).detail).toMatch(/Nothing changed/);
    const garbage = await api('POST', '/prices/sync', { file: '/etc/hostname' });
    expect(garbage.status).toBe(422);
    expect((await api('GET', '/prices')).text).toBe(before);
    expect(await auditActions()).toContain('price.sync');
  });
});

describe('logs, stats, sessions', () => {
  it('filter logs, open one with its decision chain, export CSV, read stats and sessions', async () => {
    await gateway.addProvider({ baseUrl: upstream.url });
    const { user, key } = await gateway.addCaller();
    expect((await callMessages(gateway.url, { key, sessionId: 'admin-session-1' })).status).toBe(200);
    await gateway.flushLogs();
    const page = await api('GET', `/logs?userId=${user.id}&statusClass=2&limit=10`);
    expect(page.status).toBe(200);
    const [row] = items(page);
    expect(row).toMatchObject({ userId: user.id, statusCode: 200, sessionId: 'admin-session-1' });
    expect(body(page).nextCursor).toBeNull();
    expect(items(await api('GET', `/logs?userId=${user.id}&status=500`))).toHaveLength(0);
    const detail = await api('GET', `/logs/${String(row?.id)}`);
    expect(body(detail).decisionChain).toBeTruthy();
    expect((await api('GET', '/logs/999999')).status).toBe(404);
    expect((await api('GET', '/logs?statusClass=9')).status).toBe(400);
    const csv = await api('GET', `/logs.csv?userId=${user.id}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^id,createdAt,requestId/);
    expect(csv.text).toContain(user.id);

    const overview = body(await api('GET', '/stats?period=day'));
    expect((overview.totals as { requests: number }).requests).toBeGreaterThan(0);
    const series = body(await api('GET', '/stats/timeseries?period=day&bucket=hour'));
    expect((series.points as unknown[]).length).toBeGreaterThan(0);
    for (const by of ['user', 'provider', 'model', 'key']) {
      const board = await api('GET', `/stats/leaderboard?by=${by}&period=week`);
      expect(board.status, by).toBe(200);
    }
    expect(
      items(await api('GET', `/stats/leaderboard?by=user&period=month`)).some(
        (r) => r.id === user.id && r.name === user.name,
      ),
    ).toBe(true);
    expect((await api('GET', '/stats/leaderboard?by=nobody')).status).toBe(400);

    const sessions = items(await api('GET', '/sessions'));
    expect(sessions.find((s) => s.id === 'admin-session-1')).toMatchObject({ userId: user.id, requests: 1 });
    expect(items(await api('GET', '/sessions/admin-session-1/requests'))).toHaveLength(1);
  });
});

describe('settings and audit', () => {
  it('puts and gets settings, audited', async () => {
    const put = await api('PUT', '/settings', { billedModel: 'redirected', dashboard: { refresh: 5 } });
    expect(body(put)).toMatchObject({ billedModel: 'redirected', dashboard: { refresh: 5 } });
    expect(body(await api('GET', '/settings'))).toMatchObject({ billedModel: 'redirected' });
    expect(gateway.runtime.cache.current().settings.billedModel).toBe('redirected');
    const audit = items(await api('GET', '/audit-log?limit=1'));
    expect(audit[0]).toMatchObject({ action: 'settings.update', actor: 'admin-token', targetType: 'settings' });
    expect((await api('PUT', '/settings', [1, 2])).status).toBe(400);
  });

  it('shows the configuration fixed by the environment, read-only', async () => {
    const response = await api('GET', '/settings/environment');
    expect(response.status).toBe(200);
    expect(body(response)).toMatchObject({
      billedModel: gateway.runtime.config.BILLED_MODEL,
      logRetentionDays: gateway.runtime.config.LOG_RETENTION_DAYS,
      priceSyncUrl: gateway.runtime.config.PRICE_SYNC_URL,
      sessionTtlSeconds: gateway.runtime.config.SESSION_TTL,
      database: gateway.runtime.dbKind,
      redis: gateway.runtime.config.REDIS_URL !== null,
    });
    expect((await api('PUT', '/settings/environment', {})).status).toBe(404);
  });

  it('pages the audit log with a cursor', async () => {
    const first = await api('GET', '/audit-log?limit=2');
    const cursor = body(first).nextCursor;
    expect(typeof cursor).toBe('number');
    const second = items(await api('GET', `/audit-log?limit=2&cursor=${String(cursor)}`));
    expect(second[0]?.id).toBeLessThan(Number(cursor) + 1);
  });

  it('answers unknown admin routes with a 404 problem', async () => {
    const response = await api('GET', '/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
