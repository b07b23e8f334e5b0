import { randomUUID } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LIMITS } from '../domain/limits.js';
import { planAdmission, planUsageRecord } from '../limiter/plan-admission.js';
import { findExecutable } from '../testing/child-servers.js';
import { type RedisCluster, startRedisCluster } from '../testing/start-redis-cluster.js';
import type { RedisConnectionTarget } from './redis-connection-target.js';
import { createRedisStore } from './redis-store.js';
import type { StateStore } from './state-store.js';
import { describeStoreContract } from './store-contract.js';

// Needs redis-server and redis-cli (Debian: redis-server, redis-tools); CI installs them, so there it must run.
const available = findExecutable('redis-server') !== null && findExecutable('redis-cli') !== null;
if (!available && process.env.CI) throw new Error('redis-server and redis-cli are required under CI');

const runPrefix = `test:${randomUUID().slice(0, 8)}:`;
let storeCount = 0;
let cluster: RedisCluster | null = null;

const target = (): RedisConnectionTarget => {
  if (!cluster) throw new Error('the cluster is not running');
  return { mode: 'cluster', nodes: cluster.nodes.slice(0, 1), tls: false };
};
// Each store its own prefix, so its own hash tag: the suite's stores spread over all three masters.
const makeStore = async (prefix = `${runPrefix}${++storeCount}:`): Promise<StateStore> =>
  createRedisStore({ connection: target(), prefix });

describe.skipIf(!available)('redis store on a three-master Redis Cluster', () => {
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  describeStoreContract('redis cluster', () => makeStore());

  it('keeps one deployment in one hash slot, so a whole admission runs as one script', async () => {
    const prefix = `${runPrefix}slot:`;
    const store = await makeStore(prefix);
    const admin = new Cluster(cluster?.nodes ?? []);
    try {
      const limits = { ...NO_LIMITS, rpm: 10, concurrentSessions: 2, usdDaily: '5', usd5h: '1', usdTotal: '9' };
      const clock = { now: Date.now(), timeZone: 'Asia/Shanghai', sessionTtlMs: 60_000 };
      const admission = planAdmission({
        ...clock,
        user: { id: 'u1', limits },
        key: { id: 'k1', limits },
        sessionId: 's1',
        requestId: 'r1',
        estimateNano: 1_000,
      });
      expect(await store.admit(admission.request)).toEqual({ admitted: true });
      await store.settle({ ...admission.settlement, actualNano: 400 });
      const providers = ['p1', 'p2', 'p3'].map((id) => ({ subject: { kind: 'provider' as const, id }, limits }));
      const record = planUsageRecord({ subjects: providers, clock, sessionId: 's1', requestId: 'r1', amountNano: 400 });
      expect(await store.admit(record.request)).toEqual({ admitted: true });

      const keys = [...admission.request.budgets, ...record.request.budgets].map((budget) => budget.key);
      expect(await store.readBudgets(admission.settlement.budgets, clock.now)).toEqual(keys.slice(0, 6).map(() => 400));
      const slots = await Promise.all(keys.map((key) => admin.cluster('KEYSLOT', `{${prefix}}${key}`)));
      expect(new Set(slots).size).toBe(1);
      expect(await admin.exists(`{${prefix}}${keys[0]}`)).toBe(1);
    } finally {
      await store.close();
      admin.disconnect();
    }
  });

  it('spreads deployments (prefixes) over the masters: the suite above left keys on each', async () => {
    const perMaster = await Promise.all(
      (cluster?.nodes ?? []).map(async ({ port }) => {
        const node = new Redis({ port, host: '127.0.0.1' });
        try {
          const [, keys] = await node.scan('0', 'MATCH', `{${runPrefix}*`, 'COUNT', 10_000);
          return keys.length;
        } finally {
          node.disconnect();
        }
      }),
    );
    expect(
      perMaster.every((count) => count > 0),
      `keys per master: ${perMaster.join(', ')}`,
    ).toBe(true);
  });

  it('carries pub/sub between replicas of one deployment, not across deployments', async () => {
    const [a, b, stranger] = await Promise.all([
      makeStore(`${runPrefix}ps:`),
      makeStore(`${runPrefix}ps:`),
      makeStore(),
    ]);
    try {
      const received: string[] = [];
      const foreign: string[] = [];
      await a.subscribe('config', (message) => received.push(message));
      await stranger.subscribe('config', (message) => foreign.push(message));
      await b.publish('config', 'from-b');
      await expect.poll(() => received, { timeout: 2_000 }).toEqual(['from-b']);
      expect(foreign).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close(), stranger.close()]);
    }
  });
});
