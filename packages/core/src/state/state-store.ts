import type { BreakerStatus } from '@cch/contract';

/**
 * The shared fast state of the gateway. One interface, two implementations:
 * `createMemoryStore` (single replica) and `createRedisStore` (ioredis; every multi-key
 * operation is one Lua script, so it is atomic across replicas).
 *
 * Keys passed in are logical; each implementation prefixes them with its own namespace.
 * Time is always passed in (`now`, epoch ms) so behaviour is testable with a fake clock.
 * Money is integer nano-USD (1e-9 USD) so counters stay exact integers.
 */
export interface StateStore {
  readonly kind: 'memory' | 'redis';

  // ── key/value with TTL ───────────────────────────────────────────────
  get(key: string): Promise<string | null>;
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  /** ttlMs null = no expiry. */
  set(key: string, value: string, ttlMs: number | null): Promise<void>;
  /** Deletes the key; when `ifValue` is given, only if it still holds that value. Returns whether it deleted. */
  delete(key: string, ifValue?: string): Promise<boolean>;
  /** Extends the TTL of an existing key; false when the key is gone. */
  touch(key: string, ttlMs: number): Promise<boolean>;

  // ── counters ─────────────────────────────────────────────────────────
  /** Adds `by` (integer) and returns the new value; sets the TTL when the key is created. */
  increment(key: string, by: number, ttlMs: number | null): Promise<number>;

  // ── sorted sets (member → score), e.g. live sessions by last-seen time ─
  zadd(key: string, member: string, score: number, ttlMs: number | null): Promise<void>;
  zremove(key: string, member: string): Promise<void>;
  /** Removes members with score < minScore, then returns the rest, highest score first. */
  zrangeAbove(key: string, minScore: number, limit: number): Promise<{ member: string; score: number }[]>;

  // ── concurrency slots ────────────────────────────────────────────────
  /**
   * Claims `member` in the slot set `key` if fewer than `limit` live members hold it
   * (members expire `ttlMs` after their last claim). Re-claiming a held member always
   * succeeds and refreshes it. Atomic.
   */
  acquireSlot(input: { key: string; member: string; limit: number; ttlMs: number; now: number }): Promise<SlotResult>;
  releaseSlot(key: string, member: string): Promise<void>;
  countSlots(key: string, now: number): Promise<number>;

  // ── admission and settlement (limits and quotas) ──────────────────────
  /** Checks every rate, slot and budget in one atomic step; on success records all of them. */
  admit(request: AdmitRequest): Promise<AdmitResult>;
  /** Replaces a reservation by the actual amount in every budget of an admitted request. */
  settle(request: SettleRequest): Promise<void>;
  /** Current value of each budget (nano-USD), after dropping expired rolling buckets. */
  readBudgets(budgets: readonly BudgetRef[], now: number): Promise<number[]>;
  /** Current request count of each sliding rate window. */
  readRates(rates: readonly { key: string; windowMs: number }[], now: number): Promise<number[]>;

  // ── circuit breaker ──────────────────────────────────────────────────
  getBreakers(keys: readonly string[]): Promise<(BreakerState | null)[]>;
  /** Applies one outcome to the breaker atomically (transition rules in BreakerOutcome docs). */
  recordBreakerOutcome(input: BreakerOutcomeInput): Promise<BreakerState>;
  resetBreaker(key: string): Promise<void>;

  // ── pub/sub ──────────────────────────────────────────────────────────
  publish(channel: string, message: string): Promise<void>;
  /** Returns an unsubscribe function. Handlers also receive messages published by this replica. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;

  /** Round trip to the backing store; throws when unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type SlotResult = { acquired: true; count: number } | { acquired: false; count: number };

export interface RateCheck {
  key: string;
  windowMs: number;
  limit: number;
}

export interface SlotCheck {
  key: string;
  member: string;
  limit: number;
  ttlMs: number;
}

/**
 * A spend budget. `rolling`: a sliding window of `windowMs` kept as time buckets of `bucketMs`.
 * `fixed`: one counter whose key already names the period (e.g. `user:1:usd:day:2026-11-22`);
 * `ttlMs` lets it expire after the period.
 */
export type BudgetRef =
  | { key: string; mode: 'rolling'; windowMs: number; bucketMs: number }
  | { key: string; mode: 'fixed'; ttlMs: number | null };

export type BudgetCheck = BudgetRef & { limitNano: number };

export interface AdmitRequest {
  now: number;
  /** Unique per request; used as the rate-window member. */
  requestId: string;
  rates: readonly RateCheck[];
  slots: readonly SlotCheck[];
  budgets: readonly BudgetCheck[];
  /** Estimated cost added to every budget on admission. */
  reserveNano: number;
}

export type AdmitResult =
  | { admitted: true }
  | {
      admitted: false;
      /** Which check refused (index into the request's array of that kind). */
      refusal:
        | { kind: 'rate'; index: number; current: number; oldestAt: number | null }
        | { kind: 'slot'; index: number; current: number }
        | { kind: 'budget'; index: number; current: number };
    };

export interface SettleRequest {
  /** The `now` the request was admitted with: rolling reservations live in that bucket. */
  admittedAt: number;
  budgets: readonly BudgetRef[];
  reservedNano: number;
  actualNano: number;
}

export type { BreakerStatus };

export interface BreakerState {
  status: BreakerStatus;
  /** Consecutive failures while closed. */
  failures: number;
  /** Consecutive successes while half-open. */
  successes: number;
  /** When it last opened (epoch ms), null if never. */
  openedAt: number | null;
  /** When an open breaker lets trial requests through. */
  openUntil: number | null;
  /** Why it last opened (error class and message), for the console. */
  reason: string | null;
  updatedAt: number;
}

/**
 * closed:    success → failures = 0; failure → failures + 1, open when it reaches failureThreshold.
 * open:      stays open until openUntil; an outcome reported after openUntil is treated as half-open.
 * half-open: success → successes + 1, closed when it reaches halfOpenSuccesses; failure → open again.
 */
export interface BreakerOutcomeInput {
  key: string;
  outcome: 'success' | 'failure';
  now: number;
  failureThreshold: number;
  openDurationMs: number;
  halfOpenSuccesses: number;
  reason: string | null;
}

export const INITIAL_BREAKER_STATE: BreakerState = {
  status: 'closed',
  failures: 0,
  successes: 0,
  openedAt: null,
  openUntil: null,
  reason: null,
  updatedAt: 0,
};

/** Effective status at `now`: an open breaker past its openUntil is half-open. */
export function breakerStatusAt(state: BreakerState | null, now: number): BreakerStatus {
  if (!state) return 'closed';
  if (state.status === 'open' && state.openUntil !== null && now >= state.openUntil) return 'half-open';
  return state.status;
}
