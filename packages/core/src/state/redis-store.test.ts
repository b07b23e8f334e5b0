import { randomUUID } from 'node:crypto';
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { defineLuaScript } from './redis-script.js';
import { createRedisStore } from './redis-store.js';
import type { StateStore } from './state-store.js';
import { describeStoreContract } from './store-contract.js';

const url = process.env.TEST_REDIS_URL;
const runPrefix = `test:${randomUUID().slice(0, 8)}:`;
let storeCount = 0;

const nextPrefix = () => `${runPrefix}${++storeCount}:`;
const makeStore = async (prefix = nextPrefix(), target = url ?? ''): Promise<StateStore> =>
  createRedisStore({ url: target, prefix });

async function deleteKeys(match: string): Promise<void> {
  const admin = new Redis(url ?? '');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${match}*`, 'COUNT', 500);
      if (keys.length > 0) await admin.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await admin.quit();
  }
}

describe.skipIf(!url)('redis store', () => {
  describeStoreContract(
    'redis',
    () => makeStore(),
    () => deleteKeys(runPrefix),
  );

  describe('redis specifics', () => {
    afterAll(() => deleteKeys(runPrefix));

    it('prefixes keys in Redis', async () => {
      const prefix = nextPrefix();
      const store = await makeStore(prefix);
      const admin = new Redis(url ?? '');
      try {
        await store.set('k', 'v', 60_000);
        expect(await admin.get(`${prefix}k`)).toBe('v');
        const ttl = await admin.pttl(`${prefix}k`);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      } finally {
        await admin.quit();
        await store.close();
      }
    });

    it('sets a TTL on every key the limiter writes', async () => {
      const prefix = nextPrefix();
      const store = await makeStore(prefix);
      const admin = new Redis(url ?? '');
      try {
        await store.admit({
          now: Date.now(),
          requestId: 'r1',
          rates: [{ key: 'rate', windowMs: 60_000, limit: 10 }],
          slots: [{ key: 'slot', member: 's1', limit: 2, ttlMs: 60_000 }],
          budgets: [
            { key: 'roll', mode: 'rolling', windowMs: 60_000, bucketMs: 10_000, limitNano: 1_000 },
            { key: 'fixed', mode: 'fixed', ttlMs: 60_000, limitNano: 1_000 },
          ],
          reserveNano: 10,
        });
        await store.recordBreakerOutcome({
          key: 'breaker',
          outcome: 'failure',
          now: Date.now(),
          failureThreshold: 1,
          openDurationMs: 1_000,
          halfOpenSuccesses: 1,
          reason: 'x',
        });
        for (const key of ['rate', 'slot', 'roll', 'fixed', 'breaker']) {
          expect(await admin.pttl(`${prefix}${key}`), key).toBeGreaterThan(0);
        }
      } finally {
        await admin.quit();
        await store.close();
      }
    });

    it('delivers messages between replicas sharing a prefix, not across prefixes', async () => {
      const prefix = nextPrefix();
      const [a, b, stranger] = await Promise.all([makeStore(prefix), makeStore(prefix), makeStore()]);
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

    it('admits exactly the budget room across many connections (replicas)', async () => {
      const prefix = nextPrefix();
      const replicas = await Promise.all(Array.from({ length: 5 }, () => makeStore(prefix)));
      try {
        const budget = { key: 'usd', mode: 'fixed', ttlMs: 60_000, limitNano: 500 } as const;
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            replicas[i % replicas.length]!.admit({
              now: Date.now(),
              requestId: `r${i}`,
              rates: [],
              slots: [],
              budgets: [budget],
              reserveNano: 100,
            }),
          ),
        );
        expect(results.filter((result) => result.admitted)).toHaveLength(5);
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
      }
    });

    it('loads a script the server has not cached (NOSCRIPT falls back to EVAL)', async () => {
      const client = new Redis(url ?? '');
      try {
        const script = defineLuaScript(`return ARGV[1] -- ${randomUUID()}`);
        expect(await script.run(client, [], ['first'])).toBe('first');
        expect(await script.run(client, [], ['cached'])).toBe('cached');
      } finally {
        await client.quit();
      }
    });

    it('rejects quickly instead of hanging when Redis is unreachable', async () => {
      const store = await makeStore(nextPrefix(), 'redis://127.0.0.1:1');
      try {
        for (const operation of [() => store.get('k'), () => store.ping(), () => store.subscribe('c', () => {})]) {
          const started = Date.now();
          await expect(operation()).rejects.toThrow();
          expect(Date.now() - started).toBeLessThan(1_500);
        }
      } finally {
        await store.close();
      }
    });

    it('recovers by itself when Redis comes back', async () => {
      const proxy = await startProxy(new URL(url ?? ''));
      const store = createRedisStore({ url: `redis://127.0.0.1:${proxy.port}`, prefix: nextPrefix() });
      try {
        await store.ping();
        await proxy.stop();
        const started = Date.now();
        await expect(store.ping()).rejects.toThrow();
        expect(Date.now() - started).toBeLessThan(1_500);
        await proxy.restart();
        await expect
          .poll(
            () =>
              store.ping().then(
                () => true,
                () => false,
              ),
            { timeout: 5_000, interval: 100 },
          )
          .toBe(true);
        await store.set('after', 'ok', 60_000);
        expect(await store.get('after')).toBe('ok');
      } finally {
        await store.close();
        await proxy.stop();
      }
    });
  });
});

/** A TCP proxy to Redis we can take down and bring back on the same port, to simulate an outage. */
async function startProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      next.once('error', reject);
      // A TCP server listening on a host and port reports an AddressInfo, never a pipe name.
      next.listen(port, '127.0.0.1', () => resolve((next.address() as AddressInfo).port));
      server = next;
    });
  const port = await listen(0);
  return {
    port,
    restart: () => listen(port),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (!server?.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
