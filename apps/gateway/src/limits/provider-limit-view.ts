import { type Limits, type LimitedSubject, readUsage, type StateStore } from '@cch/core';
import type { Provider } from '@cch/core';
import type { LimiterHealth } from './limiter-health.js';

export interface ProviderLimitViewDeps {
  store: StateStore;
  providers: () => readonly Provider[];
  now: () => number;
  timeZone: () => string;
  sessionTtlMs: () => number;
  health: LimiterHealth;
  /** How old the view may get before a lookup refreshes it. */
  maxAgeMs?: number;
}

export interface ProviderLimitView {
  /**
   * From memory, never a store call; a stale view starts a refresh in the background. A
   * provider full only on concurrent sessions stays open to a session already bound to it
   * (that session holds one of the slots; moving it would throw away its prompt cache).
   */
  isExhausted(providerId: string, forBoundSession?: boolean): boolean;
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
  /** Providers whose only exhausted limit is concurrent sessions. */
  let sessionsFull = new Set<string>();
  let refreshedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | null = null;
  let again = false;

  async function readOnce(): Promise<void> {
    const limited: LimitedSubject[] = deps
      .providers()
      .filter((p) => p.enabled && hasAnyLimit(p.limits))
      .map((p) => ({ subject: { kind: 'provider', id: p.id }, limits: p.limits }));
    refreshedAt = deps.now();
    if (limited.length === 0) {
      [exhausted, sessionsFull] = [new Set(), new Set()];
      return;
    }
    try {
      const usage = await readUsage(deps.store, limited, {
        now: refreshedAt,
        timeZone: deps.timeZone(),
        sessionTtlMs: deps.sessionTtlMs(),
      });
      const nextExhausted = new Set<string>();
      const nextSessionsFull = new Set<string>();
      for (const { subject, entries } of usage) {
        const full = entries.filter((entry) => entry.exhausted);
        if (full.length === 0) continue;
        if (full.every((entry) => entry.limit === 'concurrentSessions')) nextSessionsFull.add(subject.id);
        else nextExhausted.add(subject.id);
      }
      [exhausted, sessionsFull] = [nextExhausted, nextSessionsFull];
      deps.health.succeeded();
    } catch (error) {
      [exhausted, sessionsFull] = [new Set(), new Set()];
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
    isExhausted(providerId, forBoundSession = false) {
      if (deps.now() - refreshedAt >= maxAgeMs) void refresh();
      return exhausted.has(providerId) || (!forBoundSession && sessionsFull.has(providerId));
    },
    refresh,
  };
}
