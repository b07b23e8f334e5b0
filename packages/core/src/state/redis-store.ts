import { breakerTtlMs } from './breaker-transition.js';
import { ACQUIRE_SLOT_SCRIPT } from './lua/acquire-slot-script.js';
import { ADMIT_SCRIPT } from './lua/admit-script.js';
import { DELETE_IF_VALUE_SCRIPT } from './lua/delete-if-value-script.js';
import { INCREMENT_WITH_TTL_SCRIPT } from './lua/increment-with-ttl-script.js';
import { READ_BUDGETS_SCRIPT } from './lua/read-budgets-script.js';
import { READ_RATES_SCRIPT } from './lua/read-rates-script.js';
import { RECORD_BREAKER_OUTCOME_SCRIPT } from './lua/record-breaker-outcome-script.js';
import { SETTLE_SCRIPT } from './lua/settle-script.js';
import { ZADD_WITH_TTL_SCRIPT } from './lua/zadd-with-ttl-script.js';
import { ZRANGE_ABOVE_SCRIPT } from './lua/zrange-above-script.js';
import { closeClient, createRedisClient, type RedisClient, whenReady } from './redis-connection.js';
import type { RedisConnectionTarget } from './redis-connection-target.js';
import { createRedisPubSub } from './redis-pubsub.js';
import {
  admitResultFromReply,
  asArray,
  asNumber,
  asString,
  breakerFromHash,
  breakerFromTuple,
} from './redis-replies.js';
import { defineLuaScript } from './redis-script.js';
import type { RedisArg } from './redis-script.js';
import type { AdmitRequest, BudgetRef, StateStore } from './state-store.js';

export type RedisStoreOptions = {
  /** Namespace for every key and channel, e.g. `cch:` (on a cluster it becomes the hash tag, see keyPrefixFor). */
  prefix: string;
  /** Connection and pub/sub handler errors; operations still reject on their own. */
  onError?: (err: Error) => void;
} & ({ url: string } | { connection: RedisConnectionTarget });

/**
 * Every multi-key operation (admit, settle, readBudgets, readRates, getMany, getBreakers) may touch
 * keys of several users, keys and providers at once — one admission checks a user's and a key's
 * windows, one usage record every provider tried, the admin's usage page every subject — so on a
 * cluster no per-subject hash tag can keep them in one slot. The whole deployment shares one tag
 * instead: the prefix in braces (`{cch:}rpm:user:1`). The trade-off: the gateway's state lives on
 * one master (plus its replicas) rather than spread over the cluster — a cluster gives it
 * failover and a shared cluster to live in, not write sharding. One master serves well over
 * 100k script calls a second, a few per proxied request; several deployments (prefixes) on one
 * cluster land on different slots. Standalone and sentinel keys carry no braces, so upgrading
 * keeps their counters.
 */
export function keyPrefixFor(connection: RedisConnectionTarget, prefix: string): string {
  if (connection.mode !== 'cluster' || /\{[^}]+\}/.test(prefix)) return prefix;
  return `{${prefix}}`;
}

const scripts = {
  acquireSlot: defineLuaScript(ACQUIRE_SLOT_SCRIPT),
  admit: defineLuaScript(ADMIT_SCRIPT),
  deleteIfValue: defineLuaScript(DELETE_IF_VALUE_SCRIPT),
  incrementWithTtl: defineLuaScript(INCREMENT_WITH_TTL_SCRIPT),
  readBudgets: defineLuaScript(READ_BUDGETS_SCRIPT),
  readRates: defineLuaScript(READ_RATES_SCRIPT),
  recordBreakerOutcome: defineLuaScript(RECORD_BREAKER_OUTCOME_SCRIPT),
  settle: defineLuaScript(SETTLE_SCRIPT),
  zaddWithTtl: defineLuaScript(ZADD_WITH_TTL_SCRIPT),
  zrangeAbove: defineLuaScript(ZRANGE_ABOVE_SCRIPT),
};

/** The multi-replica StateStore on Redis; see state-store.ts for the contract. */
export function createRedisStore(options: RedisStoreOptions): StateStore {
  const onError = options.onError ?? (() => {});
  const connection: RedisConnectionTarget =
    'connection' in options ? options.connection : { mode: 'standalone', url: options.url };
  const client = createRedisClient(connection, onError);
  const pubsub = createRedisPubSub(client, onError);
  const prefix = keyPrefixFor(connection, options.prefix);
  const k = (key: string) => prefix + key;

  /** Every call goes through here: waits out a connection handshake, never an outage. */
  const redis = async (): Promise<RedisClient> => {
    await whenReady(client);
    return client;
  };
  const run = async (script: keyof typeof scripts, keys: readonly string[], args: readonly RedisArg[]) =>
    scripts[script].run(await redis(), keys.map(k), args);

  return {
    kind: 'redis',
    get: async (key) => (await redis()).get(k(key)),
    getMany: async (keys) => (keys.length === 0 ? [] : (await redis()).mget(keys.map(k))),
    async set(key, value, ttlMs) {
      const redisClient = await redis();
      if (ttlMs === null) await redisClient.set(k(key), value);
      else if (ttlMs <= 0) await redisClient.del(k(key));
      else await redisClient.set(k(key), value, 'PX', ttlMs);
    },
    async delete(key, ifValue) {
      if (ifValue === undefined) return (await (await redis()).del(k(key))) > 0;
      return asNumber(await run('deleteIfValue', [key], [ifValue])) === 1;
    },
    touch: async (key, ttlMs) => (await (await redis()).pexpire(k(key), ttlMs)) === 1,
    increment: async (key, by, ttlMs) => asNumber(await run('incrementWithTtl', [key], [by, ttlMs ?? -1])),

    async zadd(key, member, score, ttlMs) {
      await run('zaddWithTtl', [key], [member, formatScore(score), ttlMs ?? -1]);
    },
    async zremove(key, member) {
      await (await redis()).zrem(k(key), member);
    },
    async zrangeAbove(key, minScore, limit) {
      const flat = asArray(await run('zrangeAbove', [key], [formatScore(minScore), limit]));
      const entries: { member: string; score: number }[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2)
        entries.push({ member: asString(flat[i]), score: asNumber(flat[i + 1]) });
      return entries;
    },

    async acquireSlot({ key, member, limit, ttlMs, now }) {
      const [acquired, count] = asArray(await run('acquireSlot', [key], [member, limit, ttlMs, now]));
      return { acquired: asNumber(acquired) === 1, count: asNumber(count) };
    },
    async releaseSlot(key, member) {
      await (await redis()).zrem(k(key), member);
    },
    countSlots: async (key, now) => (await redis()).zcount(k(key), `(${now}`, '+inf'),

    admit: async (request) => admitResultFromReply(await run('admit', admitKeys(request), admitArgs(request))),
    async settle({ admittedAt, budgets, reservedNano, actualNano }) {
      if (budgets.length === 0 || actualNano === reservedNano) return;
      const args = [admittedAt, actualNano - reservedNano, ...budgets.flatMap(budgetArgs)];
      await run(
        'settle',
        budgets.map((budget) => budget.key),
        args,
      );
    },
    async readBudgets(budgets, now) {
      if (budgets.length === 0) return [];
      const args = [now, ...budgets.flatMap((budget) => budgetArgs(budget).slice(0, 2))];
      const totals = await run(
        'readBudgets',
        budgets.map((budget) => budget.key),
        args,
      );
      return asArray(totals).map(asNumber);
    },
    async readRates(rates, now) {
      if (rates.length === 0) return [];
      const args = [now, ...rates.map((rate) => rate.windowMs)];
      return asArray(
        await run(
          'readRates',
          rates.map((rate) => rate.key),
          args,
        ),
      ).map(asNumber);
    },

    async getBreakers(keys) {
      if (keys.length === 0) return [];
      const pipeline = (await redis()).pipeline();
      for (const key of keys) pipeline.hgetall(k(key));
      const replies = (await pipeline.exec()) ?? [];
      return replies.map(([err, hash]) => {
        if (err) throw err;
        // HGETALL always replies with a field → value object; ioredis types pipeline results as unknown.
        return breakerFromHash(hash as Record<string, string>);
      });
    },
    async recordBreakerOutcome(input) {
      const args = [
        input.outcome,
        input.now,
        input.failureThreshold,
        input.openDurationMs,
        input.halfOpenSuccesses,
        input.reason === null ? '0' : '1',
        input.reason ?? '',
        breakerTtlMs(input.openDurationMs),
      ];
      return breakerFromTuple(await run('recordBreakerOutcome', [input.key], args));
    },
    async resetBreaker(key) {
      await (await redis()).del(k(key));
    },

    async publish(channel, message) {
      await (await redis()).publish(k(channel), message);
    },
    subscribe: (channel, handler) => pubsub.subscribe(k(channel), handler),

    async ping() {
      await (await redis()).ping();
    },
    async close() {
      await pubsub.close();
      await closeClient(client);
    },
  };
}

function budgetArgs(ref: BudgetRef): RedisArg[] {
  return ref.mode === 'fixed' ? ['fixed', ref.ttlMs ?? -1, 0] : ['rolling', ref.windowMs, ref.bucketMs];
}

function admitKeys(request: AdmitRequest): string[] {
  return [...request.rates, ...request.slots, ...request.budgets].map((check) => check.key);
}

function admitArgs(request: AdmitRequest): RedisArg[] {
  return [
    request.now,
    request.requestId,
    request.reserveNano,
    request.rates.length,
    request.slots.length,
    request.budgets.length,
    ...request.rates.flatMap((rate) => [rate.windowMs, rate.limit]),
    ...request.slots.flatMap((slot) => [slot.member, slot.limit, slot.ttlMs]),
    ...request.budgets.flatMap((budget) => [...budgetArgs(budget), budget.limitNano]),
  ];
}

/** Redis spells infinite scores +inf / -inf. */
function formatScore(score: number): string {
  if (Number.isFinite(score)) return String(score);
  return score > 0 ? '+inf' : '-inf';
}
