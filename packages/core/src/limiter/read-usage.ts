import type { StateStore } from '../state/state-store.js';
import { type LimitKind, type LimitSubject, limitName, type WindowShape } from './limit-kinds.js';
import { limiterKeys } from './limiter-keys.js';
import { nanoToUsd } from './nano-usd.js';
import type { LimitedSubject } from './plan-admission.js';
import { type CheckClock, type CheckOrigin, subjectChecks } from './subject-checks.js';

interface UsageCommon {
  limit: LimitKind;
  /** "key daily USD limit" */
  name: string;
  shape: WindowShape;
  /** See CheckOrigin.resetAt; sliding and rolling windows: when all current usage has left the window. */
  resetAt: number | null;
  exhausted: boolean;
}

/** One configured limit against its current usage. */
export type UsageEntry = UsageCommon &
  (
    | { unit: 'requests' | 'sessions'; current: number; max: number }
    /** `since`: for the total limit, when an admin last reset it (null: never). */
    | { unit: 'usd'; current: string; max: string; since: number | null }
  );

export interface SubjectUsage {
  subject: LimitSubject;
  entries: UsageEntry[];
}

function common(origin: CheckOrigin, current: number): UsageCommon {
  return {
    limit: origin.limit,
    name: limitName(origin.subject, origin.limit),
    shape: origin.shape,
    resetAt: origin.resetAt,
    exhausted: current >= origin.max,
  };
}

/** Reads every configured limit of each subject: a few batched store calls for all of them together. */
export async function readUsage(
  store: StateStore,
  subjects: readonly LimitedSubject[],
  clock: CheckClock,
): Promise<SubjectUsage[]> {
  const perSubject = subjects.map(({ subject, limits }) => ({
    subject,
    limits,
    checks: subjectChecks(subject, limits, clock, null),
  }));
  const rates = perSubject.flatMap((s) => s.checks.rates);
  const budgets = perSubject.flatMap((s) => s.checks.budgets);
  const withSessions = perSubject.filter((s) => s.limits.concurrentSessions !== null);
  const withTotal = perSubject.filter((s) => s.limits.usdTotal !== null);
  const [rateCounts, spent, sessionCounts, resets] = await Promise.all([
    rates.length > 0
      ? store.readRates(
          rates.map(({ check }) => check),
          clock.now,
        )
      : Promise.resolve([]),
    budgets.length > 0
      ? store.readBudgets(
          budgets.map(({ check }) => check),
          clock.now,
        )
      : Promise.resolve([]),
    Promise.all(withSessions.map((s) => store.countSlots(limiterKeys.sessions(s.subject), clock.now))),
    withTotal.length > 0 ? store.getMany(withTotal.map((s) => limiterKeys.resetAt(s.subject))) : Promise.resolve([]),
  ]);
  const rateCount = new Map(rates.map((r, i) => [r.check.key, rateCounts[i] ?? 0]));
  const budgetSpent = new Map(budgets.map((b, i) => [b.check.key, spent[i] ?? 0]));
  const sessionCount = new Map(withSessions.map((s, i) => [s.subject, sessionCounts[i] ?? 0]));
  const resetAt = new Map(withTotal.map((s, i) => [s.subject, resets[i] ? Number(resets[i]) : null]));

  return perSubject.map(({ subject, limits, checks }) => {
    const entries: UsageEntry[] = [];
    for (const { check, origin } of checks.rates) {
      const current = rateCount.get(check.key) ?? 0;
      entries.push({ ...common(origin, current), unit: 'requests', current, max: origin.max });
    }
    if (limits.concurrentSessions !== null) {
      const current = sessionCount.get(subject) ?? 0;
      const max = limits.concurrentSessions;
      const origin: CheckOrigin = {
        subject,
        limit: 'concurrentSessions',
        max,
        shape: 'live',
        resetAt: clock.now + clock.sessionTtlMs,
      };
      entries.push({ ...common(origin, current), unit: 'sessions', current, max });
    }
    for (const { check, origin } of checks.budgets) {
      const current = budgetSpent.get(check.key) ?? 0;
      const since = origin.limit === 'usdTotal' ? (resetAt.get(subject) ?? null) : null;
      entries.push({
        ...common(origin, current),
        unit: 'usd',
        current: nanoToUsd(current),
        max: nanoToUsd(origin.max),
        since,
      });
    }
    return { subject, entries };
  });
}
