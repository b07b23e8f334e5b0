/**
 * Two gateways configured with REDIS_URL=redis+cluster://… (as an operator would) against a
 * three-master Redis Cluster the test starts: every limit kind of a user, a key and a provider
 * is checked in one script per request, and the two replicas enforce one limit together.
 */
import { createRedisStore } from '@cch/core';
import { findExecutable, type RedisCluster, startRedisCluster } from '@cch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { withLimits } from './support/limit-fixtures.js';
import { type Replica, startReplica } from './support/shared-db-replica.js';

const available = findExecutable('redis-server') !== null && findExecutable('redis-cli') !== null;
if (!available && process.env.CI) throw new Error('redis-server and redis-cli are required under CI');

describe.skipIf(!available)('gateways on a Redis Cluster (REDIS_URL=redis+cluster://…)', () => {
  let cluster: RedisCluster;
  let first: GatewayHarness;
  let second: Replica;
  let upstream: MockUpstream;

  beforeAll(async () => {
    [cluster, upstream] = await Promise.all([startRedisCluster(), startMockUpstream({ name: 'cluster' })]);
    const seeds = cluster.nodes.slice(0, 2).map(({ host, port }) => `${host}:${port}`);
    const env = { REDIS_URL: `redis+cluster://${seeds.join(',')}` };
    first = await startGateway({ env });
    // A second replica on the same database, its own cluster connection from the parsed REDIS_URL.
    const connection = first.runtime.config.REDIS_URL;
    if (connection?.mode !== 'cluster') throw new Error(`REDIS_URL parsed as ${connection?.mode}`);
    second = await startReplica(first, createRedisStore({ connection, prefix: 'cch:' }));
    const limits = withLimits({ rpm: 1_000, concurrentSessions: 10, usd5h: '100', usdDaily: '100', usdTotal: '100' });
    await first.addProvider({ baseUrl: upstream.url, limits });
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await Promise.all([first?.close(), upstream?.close()]);
    await cluster?.stop();
  });

  it('is ready on the cluster and enforces one RPM limit across both replicas', async () => {
    expect(await (await fetch(`${first.url}/readyz`)).json()).toMatchObject({ store: { kind: 'redis', ok: true } });
    const { user, key } = await first.addCaller({
      limits: withLimits({
        rpm: 4,
        concurrentSessions: 3,
        usd5h: '50',
        usdDaily: '50',
        usdWeekly: '50',
        usdTotal: '50',
      }),
    });
    await expect.poll(() => second.runtime.cache.current().userById.has(user.id)).toBe(true);
    const statuses = [];
    for (const gateway of [first, second, first, second, first, second]) {
      statuses.push((await callMessages(gateway.url, { key, sessionId: 'one-conversation' })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
