import { createDeadlineQueue } from './deadline-queue.js';
import { createStoreBreaker, type StoreBreakerState, type StoreHealth } from './store-breaker.js';
import type { StateStore } from './state-store.js';

/** The store was skipped (breaker open) or did not answer in time; callers fail open. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export interface GuardedStoreOptions {
  /** Longest one operation may take before the caller goes on without it (tens of ms). */
  timeoutMs: number;
  failureThreshold: number;
  openMs: number;
  now: () => number;
  /** Errors that mean the store is away (counted by the breaker); others (a script error) pass through. */
  isOutage?: (error: unknown) => boolean;
  onChange?: (state: StoreBreakerState, lastError: string | null) => void;
}

export interface GuardedStore extends StateStore {
  health(): StoreHealth;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A store that never makes a caller wait long: each operation gets `timeoutMs`; after
 * `failureThreshold` consecutive timeouts or connection errors the store is skipped for
 * `openMs` (calls reject at once with StoreUnavailableError, so the proxy fails open without
 * queueing commands on a frozen connection), then one call probes it. Pub/sub subscriptions and
 * close pass through.
 */
export function createGuardedStore(inner: StateStore, options: GuardedStoreOptions): GuardedStore {
  const breaker = createStoreBreaker(options);
  const isOutage = options.isOutage ?? (() => true);
  const deadlines = createDeadlineQueue(
    options.timeoutMs,
    () => new StoreUnavailableError(`state store did not answer within ${options.timeoutMs} ms`),
  );

  async function guard<T>(operation: () => Promise<T>): Promise<T> {
    if (!breaker.admit()) throw new StoreUnavailableError('state store skipped: it failed repeatedly just now');
    try {
      const value = await deadlines.race(operation());
      breaker.succeeded();
      return value;
    } catch (error) {
      const timedOut = error instanceof StoreUnavailableError;
      if (timedOut || isOutage(error)) breaker.failed(errorText(error), timedOut);
      else breaker.succeeded(); // the store answered, with an error of its own
      throw error;
    }
  }

  return {
    kind: inner.kind,
    health: () => breaker.health(),
    get: (key) => guard(() => inner.get(key)),
    getMany: (keys) => guard(() => inner.getMany(keys)),
    set: (key, value, ttlMs) => guard(() => inner.set(key, value, ttlMs)),
    delete: (key, ifValue) => guard(() => inner.delete(key, ifValue)),
    touch: (key, ttlMs) => guard(() => inner.touch(key, ttlMs)),
    increment: (key, by, ttlMs) => guard(() => inner.increment(key, by, ttlMs)),
    zadd: (key, member, score, ttlMs) => guard(() => inner.zadd(key, member, score, ttlMs)),
    zremove: (key, member) => guard(() => inner.zremove(key, member)),
    zrangeAbove: (key, minScore, limit) => guard(() => inner.zrangeAbove(key, minScore, limit)),
    acquireSlot: (input) => guard(() => inner.acquireSlot(input)),
    releaseSlot: (key, member) => guard(() => inner.releaseSlot(key, member)),
    countSlots: (key, now) => guard(() => inner.countSlots(key, now)),
    admit: (request) => guard(() => inner.admit(request)),
    settle: (request) => guard(() => inner.settle(request)),
    readBudgets: (budgets, now) => guard(() => inner.readBudgets(budgets, now)),
    readRates: (rates, now) => guard(() => inner.readRates(rates, now)),
    getBreakers: (keys) => guard(() => inner.getBreakers(keys)),
    recordBreakerOutcome: (input) => guard(() => inner.recordBreakerOutcome(input)),
    resetBreaker: (key) => guard(() => inner.resetBreaker(key)),
    publish: (channel, message) => guard(() => inner.publish(channel, message)),
    subscribe: (channel, handler) => inner.subscribe(channel, handler),
    ping: () => guard(() => inner.ping()),
    close: () => inner.close(),
  };
}
