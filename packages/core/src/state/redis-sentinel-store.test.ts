import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutable } from '../testing/child-servers.js';
import { redisCommand } from '../testing/start-redis-server.js';
import { type RedisSentinelSet, startRedisSentinel } from '../testing/start-redis-sentinel.js';
import { createRedisStore } from './redis-store.js';
import type { StateStore } from './state-store.js';
import { describeStoreContract } from './store-contract.js';

// Needs redis-server (Debian: redis-server); CI installs it, so there it must run.
const available = findExecutable('redis-server') !== null;
if (!available && process.env.CI) throw new Error('redis-server is required under CI');

const runPrefix = `test:${randomUUID().slice(0, 8)}:`;
let storeCount = 0;
let sentinel: RedisSentinelSet | null = null;

const makeStore = async (prefix = `${runPrefix}${++storeCount}:`): Promise<StateStore> => {
  if (!sentinel) throw new Error('the sentinels are not running');
  const connection = {
    mode: 'sentinel',
    sentinels: sentinel.sentinels,
    masterName: sentinel.masterName,
    db: 0,
  } as const;
  return createRedisStore({ connection: { ...connection, tls: false }, prefix });
};

const admitted = (store: StateStore, requestId: string) =>
  store.admit({
    now: Date.now(),
    requestId,
    rates: [],
    slots: [],
    budgets: [{ key: 'usd:user:1:total', mode: 'fixed', ttlMs: null, limitNano: 1_000 }],
    reserveNano: 400,
  });

describe.skipIf(!available)('redis store behind Redis Sentinel (one master, one replica, two sentinels)', () => {
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  }, 60_000);
  afterAll(async () => {
    await sentinel?.stop();
  });

  describeStoreContract('redis sentinel', () => makeStore());

  it('carries on after the master dies: the replica takes over with the counters and pub/sub resumes', async () => {
    const set = sentinel;
    if (!set) throw new Error('the sentinels are not running');
    const prefix = `${runPrefix}failover:`;
    const [subscriber, publisher] = await Promise.all([makeStore(prefix), makeStore(prefix)]);
    try {
      const received: string[] = [];
      await subscriber.subscribe('config', (message) => received.push(message));
      expect(await admitted(publisher, 'before-1')).toEqual({ admitted: true });
      expect(await admitted(publisher, 'before-2')).toEqual({ admitted: true });
      await publisher.publish('config', 'before');
      await expect.poll(() => received, { timeout: 2_000 }).toEqual(['before']);
      // The replica has every write before the crash (replication is asynchronous).
      expect(await redisCommand(await set.masterPort(), 'WAIT', 1, 2_000)).toBe(1);

      const oldMaster = await set.killMaster();
      await expect.poll(() => set.masterPort(), { timeout: 20_000, interval: 200 }).not.toBe(oldMaster);
      const ready = () =>
        publisher.ping().then(
          () => true,
          () => false,
        );
      await expect.poll(ready, { timeout: 10_000, interval: 100 }).toBe(true);

      // 800 of 1000 nano-USD were reserved before the crash: one more is let in (800 < 1000), then none.
      expect(await admitted(publisher, 'after-1')).toEqual({ admitted: true });
      expect(await admitted(publisher, 'after-2')).toMatchObject({ admitted: false, refusal: { kind: 'budget' } });
      await expect
        .poll(
          async () => {
            await publisher.publish('config', 'after');
            return received.includes('after');
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBe(true);
    } finally {
      await Promise.all([subscriber.close(), publisher.close()]);
    }
  }, 45_000);
});
