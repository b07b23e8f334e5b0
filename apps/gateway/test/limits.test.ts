import { randomUUID } from 'node:crypto';
import { createRedisStore, nanoToUsd, type StateStore, usdToNano } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages, servedBy } from './support/anthropic-client.js';
import { deleteRedisKeys } from './support/delete-redis-keys.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { lastLoggedCost, setReserveUsd, spentNano, usageOf, withLimits } from './support/limit-fixtures.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runPrefix = `test:limits:${randomUUID().slice(0, 8)}:`;
type ErrorBody = { type: string; error: { type: string; message: string } };
const usd = (nano: number) => nanoToUsd(Math.floor(nano));

/** The same suite on the in-process store and, when TEST_REDIS_URL is set, on Redis (a fresh prefix per gateway). */
const backends: [string, (() => StateStore) | undefined][] = [
  ['memory', undefined],
  ...(redisUrl
    ? [
        ['redis', () => createRedisStore({ url: redisUrl, prefix: `${runPrefix}${randomUUID().slice(0, 6)}:` })] as [
          string,
          () => StateStore,
        ],
      ]
    : []),
];

afterAll(async () => {
  if (redisUrl) await deleteRedisKeys(redisUrl, runPrefix);
});

describe.each(backends)('limits on the %s store', (_name, makeStore) => {
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  /** What one mock request costs once settled (claude-sonnet-4-5 prices, mock usage), in nano-USD. */
  let cost: number;

  beforeAll(async () => {
    [gateway, upstream] = await Promise.all([
      startGateway({ env: { TZ: 'Asia/Shanghai' }, ...(makeStore && { store: makeStore() }) }),
      startMockUpstream({ name: 'A' }),
    ]);
    await gateway.addProvider({ name: 'A', baseUrl: upstream.url });
    const { key } = await gateway.addCaller();
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    cost = usdToNano(await lastLoggedCost(gateway));
    expect(cost).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close()]);
  });

  describe('refusals in the caller protocol', () => {
    it('429 past the RPM limit, with Retry-After and X-RateLimit-* headers', async () => {
      const { key } = await gateway.addCaller({ limits: withLimits({ rpm: 2 }) });
      const before = upstream.requestCount;
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      const refused = await callMessages(gateway.url, { key });
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
      expect((refused.json as ErrorBody).error.message).toMatch(
        new RegExp(
          String.raw`^User RPM limit reached: 2 of 2 requests in the last 60 s\. ` +
            String.raw`Frees up at \S+\+08:00 \(in \d+ s\)\. \(request id: req_\w+\)$`,
        ),
      );
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(59);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get('x-ratelimit-limit')).toBe('2');
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('x-ratelimit-reset')).toBe(String(retryAfter));
      expect(upstream.requestCount - before).toBe(2);
    });

    it('402 once a USD budget is spent, naming the limit, spend and reset', async () => {
      const { user, key } = await gateway.addCaller({ limits: withLimits({ usdDaily: usd(cost * 1.5) }) });
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      await expect.poll(() => spentNano(gateway, 'user', user.id, 'usdDaily')).toBe(cost * 2);
      const refused = await callMessages(gateway.url, { key });
      expect(refused.status).toBe(402);
      expect(refused.json).toMatchObject({ type: 'error', error: { type: 'billing_error' } });
      const message = (refused.json as ErrorBody).error.message;
      expect(message).toContain(`User daily USD limit reached: $${usd(cost * 2)} used of $${usd(cost * 1.5)}.`);
      expect(message).toMatch(/Resets at \d{4}-\d{2}-\d{2}T00:00:00\+08:00/);
      expect(refused.headers.get('x-ratelimit-limit')).toBe(usd(cost * 1.5));
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('429 on a new session past the concurrent-session limit; a live session goes on', async () => {
      const { key } = await gateway.addCaller({ limits: withLimits({ concurrentSessions: 1 }) });
      expect((await callMessages(gateway.url, { key, sessionId: 'session-a' })).status).toBe(200);
      expect((await callMessages(gateway.url, { key, sessionId: 'session-a' })).status).toBe(200);
      const refused = await callMessages(gateway.url, { key, sessionId: 'session-b' });
      expect(refused.status).toBe(429);
      expect((refused.json as ErrorBody).error.message).toMatch(
        /^User concurrent sessions limit reached: 1 of 1 sessions active\. Frees up at/,
      );
      // The session expires SESSION_TTL (300 s) after its last request.
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(295);
      expect((await callMessages(gateway.url, { key, sessionId: 'session-a' })).status).toBe(200);
    });

    it('applies key limits in addition to user limits', async () => {
      const user = await gateway.addUser({ limits: withLimits({ rpm: 3 }) });
      const limitedKey = await gateway.addKey(user.id, { limits: withLimits({ rpm: 1 }) });
      const otherKey = await gateway.addKey(user.id);
      expect((await callMessages(gateway.url, { key: limitedKey })).status).toBe(200);
      const byKey = await callMessages(gateway.url, { key: limitedKey });
      expect(byKey.status).toBe(429);
      expect((byKey.json as ErrorBody).error.message).toMatch(/^Key RPM limit reached: 1 of 1/);
      expect((await callMessages(gateway.url, { key: otherKey })).status).toBe(200);
      expect((await callMessages(gateway.url, { key: otherKey })).status).toBe(200);
      const byUser = await callMessages(gateway.url, { key: otherKey });
      expect((byUser.json as ErrorBody).error.message).toMatch(/^User RPM limit reached: 3 of 3/);
    });

    it('does not count model lists and token counts against limits', async () => {
      const { key } = await gateway.addCaller({ limits: withLimits({ rpm: 1 }) });
      const count = await callMessages(gateway.url, { key, path: '/v1/messages/count_tokens' });
      expect(count.status).not.toBe(429);
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
    });
  });

  describe('budget under concurrency', () => {
    it('50 concurrent requests against room for about 5 stop within one request of the limit', async () => {
      upstream.setLatency(200);
      try {
        await setReserveUsd(gateway, usd(cost));
        const limit = Math.floor(cost * 5.5);
        const { user, key } = await gateway.addCaller({ limits: withLimits({ usdTotal: usd(limit) }) });
        const results = await Promise.all(Array.from({ length: 50 }, () => callMessages(gateway.url, { key })));
        const admitted = results.filter((r) => r.status === 200).length;
        expect(results.every((r) => r.status === 200 || r.status === 402)).toBe(true);
        // Each admission saw the spend plus the reservations in flight below the limit: at most ⌈5.5⌉ fit.
        expect(admitted).toBe(6);
        await expect.poll(() => spentNano(gateway, 'user', user.id)).toBe(admitted * cost);
        const spent = await spentNano(gateway, 'user', user.id);
        expect(Math.abs(spent - limit)).toBeLessThanOrEqual(cost);
        expect((await callMessages(gateway.url, { key })).status).toBe(402);
      } finally {
        upstream.setLatency(0);
        await setReserveUsd(gateway, null);
      }
    });

    it('with the worst-case estimate, never more than the budget', async () => {
      upstream.setLatency(200);
      try {
        const limit = Math.floor(cost * 5.5);
        const { user, key } = await gateway.addCaller({ limits: withLimits({ usdTotal: usd(limit) }) });
        const results = await Promise.all(Array.from({ length: 50 }, () => callMessages(gateway.url, { key })));
        const admitted = results.filter((r) => r.status === 200).length;
        expect(admitted).toBeGreaterThanOrEqual(1);
        await expect.poll(() => spentNano(gateway, 'user', user.id)).toBe(admitted * cost);
        // each reservation covers its request's worst case (max_tokens as output), so none overspends
        expect(await spentNano(gateway, 'user', user.id)).toBeLessThanOrEqual(limit);
      } finally {
        upstream.setLatency(0);
      }
    });
  });

  describe('usage readout and admin reset', () => {
    it('reads each configured limit, and a reset lets a spent user through again', async () => {
      const { user, key } = await gateway.addCaller({
        limits: withLimits({ rpm: 100, usdDaily: usd(cost / 2), usdTotal: '10' }),
      });
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      await expect.poll(() => spentNano(gateway, 'user', user.id, 'usdDaily')).toBe(cost);
      expect((await callMessages(gateway.url, { key })).status).toBe(402);
      const usage = await usageOf(gateway, 'user', user.id);
      expect(usage.entries.map((e) => [e.limit, e.current, e.exhausted])).toEqual([
        ['rpm', 1, false],
        ['usdDaily', usd(cost), true],
        ['usdTotal', usd(cost), false],
      ]);
      expect(usage.entries[1]?.resetAt).toBeGreaterThan(Date.now());

      expect(await gateway.runtime.limits.resetUsage({ kind: 'user', id: user.id })).toBe(true);
      const after = await usageOf(gateway, 'user', user.id);
      expect(after.entries.map((e) => e.current)).toEqual([1, '0', '0']);
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      expect(await gateway.runtime.limits.resetUsage({ kind: 'key', id: 'no-such-key' })).toBe(false);
    });
  });

  describe('provider limits', () => {
    let local: GatewayHarness;
    let primary: MockUpstream;
    let backup: MockUpstream;

    beforeAll(async () => {
      [local, primary, backup] = await Promise.all([
        startGateway(makeStore ? { store: makeStore() } : {}),
        startMockUpstream({ name: 'primary' }),
        startMockUpstream({ name: 'backup' }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([local?.close(), primary?.close(), backup?.close()]);
    });

    it('an exhausted provider leaves selection and the next one serves, instead of refusing the caller', async () => {
      const limited = await local.addProvider({
        name: 'primary',
        baseUrl: primary.url,
        priority: 0,
        limits: withLimits({ rpm: 2, usdDaily: '100' }),
      });
      await local.addProvider({ name: 'backup', baseUrl: backup.url, priority: 1 });
      const { key } = await local.addCaller();
      const service = local.runtime.limits;
      expect(servedBy(await callMessages(local.url, { key }))).toBe('primary');
      expect(servedBy(await callMessages(local.url, { key }))).toBe('primary');
      await expect.poll(() => service.isProviderExhausted(limited.id)).toBe(true);
      const third = await callMessages(local.url, { key });
      expect(third.status).toBe(200);
      expect(servedBy(third)).toBe('backup');
      const usage = await usageOf(local, 'provider', limited.id);
      expect(usage.entries.map((e) => [e.limit, e.current])).toEqual([
        ['rpm', 2],
        ['usdDaily', usd(cost * 2)],
      ]);
    });

    it('a provider full on concurrent sessions keeps its bound session and sends new ones elsewhere', async () => {
      // a group of its own, apart from the providers of the test above
      const groups = ['sessions'];
      const limited = await local.addProvider({
        name: 'primary',
        baseUrl: primary.url,
        priority: 0,
        groups,
        limits: withLimits({ concurrentSessions: 1 }),
      });
      await local.addProvider({ name: 'backup', baseUrl: backup.url, priority: 1, groups });
      const { key } = await local.addCaller({ group: 'sessions' });
      const service = local.runtime.limits;
      expect(servedBy(await callMessages(local.url, { key, sessionId: 'session-held' }))).toBe('primary');
      await expect.poll(() => service.isProviderExhausted(limited.id)).toBe(true);
      expect(service.isProviderExhausted(limited.id, true)).toBe(false);
      expect(servedBy(await callMessages(local.url, { key, sessionId: 'session-new' }))).toBe('backup');
      expect(servedBy(await callMessages(local.url, { key, sessionId: 'session-held' }))).toBe('primary');
    });
  });
});
