import { randomUUID } from 'node:crypto';
import { createRedisStore, nanoToUsd, usdToNano } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { deleteRedisKeys } from './support/delete-redis-keys.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { lastLoggedCost, mirrorCaller, setReserveUsd, spentNano, withLimits } from './support/limit-fixtures.js';
import { type RedisProxy, startRedisProxy } from './support/redis-proxy.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runPrefix = `test:limits:${randomUUID().slice(0, 8)}:`;

/**
 * "Two processes": two gateways in this test process, each with its own database, config
 * cache, limit service and Redis connection, sharing only Redis (same prefix) — what two
 * replicas share in production.
 */
describe.skipIf(!redisUrl)('two gateways sharing one Redis', () => {
  const prefix = `${runPrefix}shared:`;
  let first: GatewayHarness;
  let second: GatewayHarness;
  let upstream: MockUpstream;
  let cost: number;

  beforeAll(async () => {
    const store = () => createRedisStore({ url: redisUrl ?? '', prefix });
    [first, second, upstream] = await Promise.all([
      startGateway({ store: store() }),
      startGateway({ store: store() }),
      startMockUpstream({ name: 'shared' }),
    ]);
    await Promise.all([first.addProvider({ baseUrl: upstream.url }), second.addProvider({ baseUrl: upstream.url })]);
    const { key } = await first.addCaller();
    expect((await callMessages(first.url, { key })).status).toBe(200);
    cost = usdToNano(await lastLoggedCost(first));
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close(), upstream?.close()]);
    await deleteRedisKeys(redisUrl ?? '', prefix);
  });

  async function sharedCaller(limits: Parameters<typeof withLimits>[0]) {
    const { user, key } = await first.addCaller({ limits: withLimits(limits) });
    await mirrorCaller(first, second, user.id);
    return { user, key };
  }

  it('enforce one RPM limit together', async () => {
    const { key } = await sharedCaller({ rpm: 4 });
    const statuses = [];
    for (const gateway of [first, second, first, second, first, second])
      statuses.push((await callMessages(gateway.url, { key })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('enforce one concurrent-session limit together', async () => {
    const { key } = await sharedCaller({ concurrentSessions: 1 });
    expect((await callMessages(first.url, { key, sessionId: 'conversation-a' })).status).toBe(200);
    expect((await callMessages(second.url, { key, sessionId: 'conversation-b' })).status).toBe(429);
    expect((await callMessages(second.url, { key, sessionId: 'conversation-a' })).status).toBe(200);
  });

  it('enforce one USD budget together, under concurrent load on both', async () => {
    await Promise.all([setReserveUsd(first, nanoToUsd(cost)), setReserveUsd(second, nanoToUsd(cost))]);
    upstream.setLatency(200);
    try {
      const limit = Math.floor(cost * 2.5);
      const { user, key } = await sharedCaller({ usdTotal: nanoToUsd(limit) });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => callMessages((i % 2 ? first : second).url, { key })),
      );
      const admitted = results.filter((r) => r.status === 200).length;
      expect(admitted).toBe(3);
      await expect.poll(() => spentNano(first, 'user', user.id)).toBe(3 * cost);
      expect(await spentNano(second, 'user', user.id)).toBe(3 * cost);
      expect(Math.abs(3 * cost - limit)).toBeLessThanOrEqual(cost);
      expect((await callMessages(first.url, { key })).status).toBe(402);
      expect((await callMessages(second.url, { key })).status).toBe(402);
    } finally {
      upstream.setLatency(0);
    }
  });
});

describe.skipIf(!redisUrl)('Redis outage during traffic', () => {
  const prefix = `${runPrefix}outage:`;
  let proxy: RedisProxy;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;

  beforeAll(async () => {
    proxy = await startRedisProxy(redisUrl ?? '');
    [gateway, upstream] = await Promise.all([
      startGateway({ store: createRedisStore({ url: proxy.url, prefix }) }),
      startMockUpstream({ name: 'outage' }),
    ]);
    await gateway.addProvider({ baseUrl: upstream.url });
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), upstream?.close(), proxy?.stop()]);
    await deleteRedisKeys(redisUrl ?? '', prefix);
  });

  it('fails open while Redis is unreachable and enforces limits again when it returns', async () => {
    const limits = gateway.runtime.limits;
    const { key } = await gateway.addCaller({ limits: withLimits({ rpm: 3, usdDaily: '100' }) });
    const statuses = async (n: number) =>
      (await Promise.all(Array.from({ length: n }, () => callMessages(gateway.url, { key })))).map((r) => r.status);
    for (let i = 0; i < 3; i++) expect((await callMessages(gateway.url, { key })).status).toBe(200);
    expect((await callMessages(gateway.url, { key })).status).toBe(429);
    expect(limits.stats()).toMatchObject({ degradedAdmissions: 0, outages: 0, degraded: false });

    await proxy.stop();
    expect(await statuses(10)).toEqual(Array(10).fill(200));
    expect(await statuses(5)).toEqual(Array(5).fill(200));
    expect(limits.stats()).toMatchObject({ degradedAdmissions: 15, outages: 1, degraded: true });

    await proxy.restart();
    await expect
      .poll(async () => (await callMessages(gateway.url, { key })).status, { timeout: 10_000, interval: 200 })
      .toBe(429);
    // Requests polled while the client was still reconnecting were admitted unchecked too.
    expect(limits.stats()).toMatchObject({ outages: 1, degraded: false });
    expect(limits.stats().degradedAdmissions).toBeGreaterThanOrEqual(15);
  });
});
