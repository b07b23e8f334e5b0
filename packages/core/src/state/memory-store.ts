import { applyBreakerOutcome, breakerTtlMs } from './breaker-transition.js';
import { createMemoryKeyspace } from './memory-keyspace.js';
import type { MemoryKeyspace } from './memory-keyspace.js';
import {
  acquireSlotInMemory,
  admitInMemory,
  countRate,
  incrementCounter,
  liveSlots,
  readBudget,
  settleInMemory,
} from './memory-limits.js';
import { createMemoryPubSub } from './memory-pubsub.js';
import { INITIAL_BREAKER_STATE } from './state-store.js';
import type { BreakerState, StateStore } from './state-store.js';

export interface MemoryStoreOptions {
  prefix?: string;
  /** Receives errors thrown by pub/sub handlers (they never reach the publisher). */
  onError?: (err: Error) => void;
}

const SWEEP_INTERVAL_MS = 10_000;

/** The single-replica StateStore: the Redis store's semantics, in process memory. */
export function createMemoryStore(options: MemoryStoreOptions = {}): StateStore {
  const prefix = options.prefix ?? '';
  const k = (key: string) => prefix + key;
  const ks = createMemoryKeyspace();
  const pubsub = createMemoryPubSub(options.onError ?? (() => {}));
  const sweeper = setInterval(() => ks.sweep(), SWEEP_INTERVAL_MS);
  sweeper.unref();

  // Every operation runs synchronously inside an async function: atomic, and errors become rejections.
  return {
    kind: 'memory',
    get: async (key) => ks.readString(k(key)),
    getMany: async (keys) => keys.map((key) => ks.readString(k(key))),
    async set(key, value, ttlMs) {
      if (ttlMs !== null && ttlMs <= 0) ks.remove(k(key));
      else ks.write(k(key), { type: 'string', value }, ttlMs);
    },
    async delete(key, ifValue) {
      if (ifValue !== undefined && ks.readString(k(key)) !== ifValue) return false;
      return ks.remove(k(key));
    },
    touch: async (key, ttlMs) => ks.expire(k(key), ttlMs),
    increment: async (key, by, ttlMs) => incrementCounter(ks, k(key), by, ttlMs),

    async zadd(key, member, score, ttlMs) {
      ks.zset(k(key)).set(member, score);
      ks.expire(k(key), ttlMs);
    },
    async zremove(key, member) {
      ks.findZset(k(key))?.delete(member);
      ks.dropIfEmpty(k(key));
    },
    zrangeAbove: async (key, minScore, limit) => rangeAbove(ks, k(key), minScore, limit),

    acquireSlot: async (input) => acquireSlotInMemory(ks, { ...input, key: k(input.key) }),
    async releaseSlot(key, member) {
      ks.findZset(k(key))?.delete(member);
      ks.dropIfEmpty(k(key));
    },
    countSlots: async (key, now) => liveSlots(ks, k(key), now)?.size ?? 0,

    admit: async (request) =>
      admitInMemory(ks, {
        ...request,
        rates: request.rates.map((rate) => ({ ...rate, key: k(rate.key) })),
        slots: request.slots.map((slot) => ({ ...slot, key: k(slot.key) })),
        budgets: request.budgets.map((budget) => ({ ...budget, key: k(budget.key) })),
      }),
    settle: async (request) =>
      settleInMemory(ks, { ...request, budgets: request.budgets.map((budget) => ({ ...budget, key: k(budget.key) })) }),
    readBudgets: async (budgets, now) =>
      budgets.map((budget) => readBudget(ks, { ...budget, key: k(budget.key) }, now)),
    readRates: async (rates, now) => rates.map((rate) => countRate(ks, k(rate.key), rate.windowMs, now).count),

    getBreakers: async (keys) => keys.map((key) => readBreaker(ks, k(key))),
    async recordBreakerOutcome(input) {
      const stored = readBreaker(ks, k(input.key)) ?? INITIAL_BREAKER_STATE;
      const next = applyBreakerOutcome(stored, input);
      if (next !== stored)
        ks.write(k(input.key), { type: 'string', value: JSON.stringify(next) }, breakerTtlMs(input.openDurationMs));
      return next;
    },
    async resetBreaker(key) {
      ks.remove(k(key));
    },

    publish: async (channel, message) => pubsub.publish(k(channel), message),
    async subscribe(channel, handler) {
      const unsubscribe = pubsub.subscribe(k(channel), handler);
      return async () => unsubscribe();
    },

    async ping() {},
    async close() {
      clearInterval(sweeper);
      pubsub.clear();
      ks.clear();
    },
  };
}

function rangeAbove(ks: MemoryKeyspace, key: string, minScore: number, limit: number) {
  const members = ks.findZset(key);
  if (!members) return [];
  for (const [member, score] of members) if (score < minScore) members.delete(member);
  ks.dropIfEmpty(key);
  if (limit <= 0) return [];
  // Redis orders equal scores by member, descending in a reverse range.
  return [...members]
    .map(([member, score]) => ({ member, score }))
    .sort((a, b) => b.score - a.score || (a.member < b.member ? 1 : a.member > b.member ? -1 : 0))
    .slice(0, limit);
}

function readBreaker(ks: MemoryKeyspace, key: string): BreakerState | null {
  const json = ks.readString(key);
  // Only recordBreakerOutcome writes breaker keys, always a full BreakerState.
  return json === null ? null : (JSON.parse(json) as BreakerState);
}
