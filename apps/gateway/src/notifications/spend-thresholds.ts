import type { LimitSubject, SubjectUsage, UsageEntry } from '@cch/core';
import type { ConfigCache } from '@cch/core';
import type { LimitService } from '../limits/limit-service.js';
import type { Notifier } from './notifier.js';

const HOUR_MS = 3_600_000;
/** How long a moving window is, to name "this window" for a rolling or sliding budget. */
const WINDOW_MS: Record<string, number> = {
  usd5h: 5 * HOUR_MS,
  usdDaily: 24 * HOUR_MS,
  usdWeekly: 7 * 24 * HOUR_MS,
  usdMonthly: 30 * 24 * HOUR_MS,
};
const WARNING_RATIO = 0.8;

type UsdEntry = Extract<UsageEntry, { unit: 'usd' }>;

/** Names the budget period an entry is in, so a crossing is reported once per period. */
function periodOf(entry: UsdEntry, now: number): { occurrence: string; ttlMs: number } {
  if (entry.shape === 'total') return { occurrence: `total:${entry.since ?? 0}`, ttlMs: 90 * 24 * HOUR_MS };
  if (entry.shape === 'fixed' && entry.resetAt !== null) {
    return { occurrence: `${entry.limit}:${entry.resetAt}`, ttlMs: Math.max(entry.resetAt - now, 0) + HOUR_MS };
  }
  const windowMs = WINDOW_MS[entry.limit] ?? 24 * HOUR_MS;
  return { occurrence: `${entry.limit}:${Math.floor(now / windowMs)}`, ttlMs: windowMs };
}

const ratioOf = (entry: UsdEntry) => {
  const max = Number(entry.max);
  return max > 0 ? Number(entry.current) / max : 0;
};

export interface SpendThresholdDeps {
  notifier: Notifier;
  limits: Pick<LimitService, 'readUsageOfMany'>;
  cache: Pick<ConfigCache, 'current'>;
  now: () => number;
}

/**
 * Reads the USD windows of every user, key and provider with a USD limit (one batch of store
 * reads, off the request path) and reports users and keys past 80 % and 100 %, and providers at
 * their limit. Does nothing when no target wants these events.
 */
export async function checkSpendThresholds(deps: SpendThresholdDeps): Promise<void> {
  const { notifier } = deps;
  const quotas = notifier.wants('usd_quota_warning') || notifier.wants('usd_quota_reached');
  const providers = notifier.wants('provider_spend_limit');
  if (!quotas && !providers) return;
  const snapshot = deps.cache.current();
  const hasUsdLimit = (limits: {
    usd5h: unknown;
    usdDaily: unknown;
    usdWeekly: unknown;
    usdMonthly: unknown;
    usdTotal: unknown;
  }) => [limits.usd5h, limits.usdDaily, limits.usdWeekly, limits.usdMonthly, limits.usdTotal].some((v) => v !== null);
  const subjects: LimitSubject[] = [
    ...(quotas
      ? snapshot.users.filter((u) => hasUsdLimit(u.limits)).map((u) => ({ kind: 'user' as const, id: u.id }))
      : []),
    ...(quotas
      ? snapshot.keys.filter((k) => hasUsdLimit(k.limits)).map((k) => ({ kind: 'key' as const, id: k.id }))
      : []),
    ...(providers
      ? snapshot.providers.filter((p) => hasUsdLimit(p.limits)).map((p) => ({ kind: 'provider' as const, id: p.id }))
      : []),
  ];
  if (subjects.length === 0) return;
  const usage = await deps.limits.readUsageOfMany(subjects);
  const now = deps.now();
  const nameOf = (subject: LimitSubject) => {
    if (subject.kind === 'user') return snapshot.userById.get(subject.id)?.name ?? subject.id;
    if (subject.kind === 'provider') return snapshot.providerById.get(subject.id)?.name ?? subject.id;
    const key = snapshot.keys.find((k) => k.id === subject.id);
    const owner = key ? snapshot.userById.get(key.userId)?.name : undefined;
    return key ? (owner ? `${owner} / ${key.name}` : key.name) : subject.id;
  };
  await Promise.all(
    usage.flatMap((subjectUsage) => emitCrossings(deps, subjectUsage, nameOf(subjectUsage.subject), now)),
  );
}

function emitCrossings(deps: SpendThresholdDeps, usage: SubjectUsage, name: string, now: number): Promise<void>[] {
  const { subject } = usage;
  return usage.entries.flatMap((entry) => {
    if (entry.unit !== 'usd') return [];
    const ratio = ratioOf(entry);
    const { occurrence, ttlMs } = periodOf(entry, now);
    const facts = {
      at: now,
      limit: entry.limit,
      limitName: entry.name,
      currentUsd: entry.current,
      maxUsd: entry.max,
      resetAt: entry.resetAt,
    };
    const ref = { id: subject.id, name };
    if (subject.kind === 'provider') {
      if (ratio < 1) return [];
      return [
        deps.notifier.emit(
          { kind: 'provider_spend_limit', provider: ref, ...facts },
          { occurrence, occurrenceTtlMs: ttlMs },
        ),
      ];
    }
    const kind = ratio >= 1 ? 'usd_quota_reached' : ratio >= WARNING_RATIO ? 'usd_quota_warning' : null;
    if (kind === null) return [];
    const owner = { ...ref, kind: subject.kind };
    return [deps.notifier.emit({ kind, owner, ...facts }, { occurrence, occurrenceTtlMs: ttlMs })];
  });
}
