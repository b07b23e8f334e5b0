import { createRedisStore, nanoToUsd, usdToNano } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { lastLoggedCost, setReserveUsd, usageOf, withLimits } from './support/limit-fixtures.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from './support/redis-server.js';

/**
 * A Redis restarted empty used to reset every spend counter, lifetime limits included: a user
 * over a total limit could spend again. The gateway's own redis-server is killed and restarted
 * without persistence; the counters come back from the request log.
 */
describe.skipIf(!redisServerAvailable())('spend limits across a Redis restarted empty', () => {
  let redis: RedisServer;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let cost: number;

  beforeAll(async () => {
    redis = await startRedisServer();
    upstream = await startMockUpstream({ name: 'restart' });
    gateway = await startGateway({ store: createRedisStore({ url: redis.url, prefix: 'spend:' }) });
    await gateway.addProvider({ baseUrl: upstream.url });
    const { key } = await gateway.addCaller();
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    cost = usdToNano(await lastLoggedCost(gateway));
    await setReserveUsd(gateway, nanoToUsd(cost)); // a reservation is exactly one request
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
    await redis?.stop();
  });

  const spent = async (kind: 'user' | 'key', id: string) =>
    Object.fromEntries(
      (await usageOf(gateway, kind, id)).entries.filter((e) => e.unit === 'usd').map((e) => [e.limit, e.current]),
    );
  const since = async (id: string) => {
    const entry = (await usageOf(gateway, 'user', id)).entries.find((e) => e.limit === 'usdTotal');
    return entry?.unit === 'usd' ? entry : undefined;
  };

  it('rebuilds every spend window from the ledger, respecting an admin reset, and enforces again', async () => {
    const limits = { usdTotal: nanoToUsd(Math.floor(cost * 2.5)), usd5h: '100', usdDaily: '100', usdMonthly: '100' };
    const over = await gateway.addCaller({ limits: withLimits(limits) });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callMessages(gateway.url, { key: over.key })).status);
    expect(statuses).toEqual([200, 200, 200, 402]);

    const reset = await gateway.addCaller({ limits: withLimits(limits) });
    for (let i = 0; i < 2; i++) expect((await callMessages(gateway.url, { key: reset.key })).status).toBe(200);
    expect((await adminFetch(gateway.url, 'POST', `/users/${reset.user.id}/usage/reset`)).status).toBe(200);
    expect((await callMessages(gateway.url, { key: reset.key })).status).toBe(200);
    const resetSince = (await since(reset.user.id))?.since;
    expect(resetSince).toBeTypeOf('number');

    const three = nanoToUsd(3 * cost);
    const expectedOver = { usdTotal: three, usd5h: three, usdDaily: three, usdMonthly: three };
    // the reset cleared every window: only the request after it counts, in each of them
    const one = nanoToUsd(cost);
    const expectedReset = { usdTotal: one, usd5h: one, usdDaily: one, usdMonthly: one };
    await expect.poll(() => spent('user', over.user.id)).toEqual(expectedOver);
    await expect.poll(() => spent('user', reset.user.id)).toEqual(expectedReset);
    await gateway.flushLogs();

    await redis.restartEmpty();
    const both = async () => ({ over: await spent('user', over.user.id), reset: await spent('user', reset.user.id) });
    await expect.poll(both, { timeout: 20_000, interval: 200 }).toEqual({ over: expectedOver, reset: expectedReset });
    expect((await since(reset.user.id))?.since).toBe(resetSince);
    expect((await callMessages(gateway.url, { key: over.key })).status).toBe(402);
    expect((await callMessages(gateway.url, { key: reset.key })).status).toBe(200);
  });
});
