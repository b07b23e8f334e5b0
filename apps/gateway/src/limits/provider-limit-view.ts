import { type Limits, type LimitedSubject, readUsage, type StateStore } from '@cch/core';
import type { Provider } from '@cch/core';
import type { LimiterHealth } from './limiter-health.js';

export interface ProviderLimitViewDeps {
  store: StateStore;
  providers: () => readonly Provider[];
  now: () => number;
  timeZone: string;
  sessionTtlMs: number;
  health: LimiterHealth;
  /** How old the view may get before a lookup refreshes it. */
  maxAgeMs?: number;
}

export interface ProviderLimitView {
  /** From memory, never a store call; a stale view starts a refresh in the background. */
  isExhausted(providerId: string): boolean;
  /** Reads every limited provider's usage now (a few batched store calls). */
  refresh(): Promise<void>;
}

export function hasAnyLimit(limits: Limits): boolean {
  const { rpm, concurrentSessions, usd5h, usdDaily, usdWeekly, usdMonthly, usdTotal } = limits;
  return [rpm, concurrentSessions, usd5h, usdDaily, usdWeekly, usdMonthly, usdTotal].some((value) => value !== null);
}

/**
 * Which providers are over one of their own limits, kept in process and refreshed at most
 * every `maxAgeMs` (and after each settlement), so selection never waits on the store.
 * When the store is unreachable nothing counts as exhausted (fail-open).
 */
export function createProviderLimitView(deps: ProviderLimitViewDeps): ProviderLimitView {
  const maxAgeMs = deps.maxAgeMs ?? 1_000;
  let exhausted = new Set<string>();
  let refreshedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | null = null;
  let again = false;

  async function readOnce(): Promise<void> {
    const limited: LimitedSubject[] = deps.providers()
      .filter((p) => p.enabled && hasAnyLimit(p.limits))
      .map((p) => ({ subject: { kind: 'provider', id: p.id }, limits: p.limits }));
    refreshedAt = deps.now();
    if (limited.length === 0) {
      exhausted = new Set();
      return;
    }
    try {
      const usage = await readUsage(deps.store, limited, { now: refreshedAt, timeZone: deps.timeZone, sessionTtlMs: deps.sessionTtlMs });
      exhausted = new Set(usage.filter((u) => u.entries.some((e) => e.exhausted)).map((u) => u.subject.id));
      deps.health.succeeded();
    } catch (error) {
      exhausted = new Set();
      deps.health.failed(error);
    }
  }

  function refresh(): Promise<void> {
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        await readOnce();
      } while (again);
    })().finally(() => {
      pending = null;
    });
    return pending;
  }

  return {
    isExhausted(providerId) {
      if (deps.now() - refreshedAt >= maxAgeMs) void refresh();
      return exhausted.has(providerId);
    },
    refresh,
  };
}
