import type { Limits } from '../domain/limits.js';
import type { BudgetRef } from '../state/state-store.js';
import type { LimitSubject, SpendLimitKind } from './limit-kinds.js';
import { limiterKeys } from './limiter-keys.js';
import { dayPeriod, FIVE_HOURS_MS, fiveHourBlock, monthPeriod, type Period, weekPeriod } from './window-periods.js';

const DAY_MS = 24 * 3_600_000;
/** Rolling windows are kept as time buckets; a window spans between `window - bucket` and `window`. */
const FIVE_HOUR_BUCKET_MS = 5 * 60_000;
const DAY_BUCKET_MS = 15 * 60_000;
/** Fixed-period counters outlive their period a little, so a readout right after the boundary still finds them. */
const FIXED_GRACE_MS = 3_600_000;

/** Where one spend limit of a subject is counted right now, and when it frees up. */
export interface SpendWindow {
  kind: SpendLimitKind;
  ref: BudgetRef;
  shape: 'rolling' | 'fixed' | 'total';
  /**
   * Fixed: the end of the period. Rolling: the time by which everything counted now has left
   * the window (an upper bound; buckets drop out earlier). Total: null (only an admin resets it).
   */
  resetAt: number | null;
  /**
   * Where what the counter holds starts: fixed, the start of the period; rolling, the start of
   * the oldest bucket still counted; total, null (since an admin reset, or ever).
   */
  startAt: number | null;
}

export interface WindowClock {
  now: number;
  timeZone: string;
}

function fixed(subject: LimitSubject, kind: SpendLimitKind, name: string, period: Period, now: number): SpendWindow {
  const ref: BudgetRef = {
    key: limiterKeys.spend(subject, `${name}:${period.label}`),
    mode: 'fixed',
    ttlMs: period.endMs - now + FIXED_GRACE_MS,
  };
  return { kind, ref, shape: 'fixed', resetAt: period.endMs, startAt: period.startMs };
}

function rolling(
  subject: LimitSubject,
  kind: SpendLimitKind,
  name: string,
  windowMs: number,
  bucketMs: number,
  now: number,
): SpendWindow {
  const ref: BudgetRef = { key: limiterKeys.spend(subject, name), mode: 'rolling', windowMs, bucketMs };
  // a bucket starting at b counts while b > now - windowMs
  const startAt = Math.floor((now - windowMs) / bucketMs) * bucketMs + bucketMs;
  return { kind, ref, shape: 'rolling', resetAt: now + windowMs, startAt };
}

/** The window a spend limit uses under the subject's modes (5 h rolling/fixed, day fixed/rolling). */
export function spendWindow(
  subject: LimitSubject,
  kind: SpendLimitKind,
  limits: Limits,
  clock: WindowClock,
): SpendWindow {
  const { now, timeZone } = clock;
  switch (kind) {
    case 'usd5h':
      return limits.fiveHourMode === 'fixed'
        ? fixed(subject, kind, '5h', fiveHourBlock(now), now)
        : rolling(subject, kind, '5h-rolling', FIVE_HOURS_MS, FIVE_HOUR_BUCKET_MS, now);
    case 'usdDaily':
      return limits.dailyMode === 'rolling'
        ? rolling(subject, kind, '24h-rolling', DAY_MS, DAY_BUCKET_MS, now)
        : fixed(subject, kind, 'day', dayPeriod(now, timeZone, limits.dailyResetTime), now);
    case 'usdWeekly':
      return fixed(subject, kind, 'week', weekPeriod(now, timeZone), now);
    case 'usdMonthly':
      return fixed(subject, kind, 'month', monthPeriod(now, timeZone), now);
    case 'usdTotal':
      return {
        kind,
        ref: { key: limiterKeys.spend(subject, 'total'), mode: 'fixed', ttlMs: null },
        shape: 'total',
        resetAt: null,
        startAt: null,
      };
  }
}

/** Every spend counter a subject may have right now, under either mode: what an admin reset clears. */
export function everySpendWindow(subject: LimitSubject, limits: Limits, clock: WindowClock): SpendWindow[] {
  const modes: Limits[] = [
    { ...limits, fiveHourMode: 'rolling', dailyMode: 'rolling' },
    { ...limits, fiveHourMode: 'fixed', dailyMode: 'fixed' },
  ];
  const kinds: SpendLimitKind[] = ['usd5h', 'usdDaily'];
  const windows = modes.flatMap((mode) => kinds.map((kind) => spendWindow(subject, kind, mode, clock)));
  for (const kind of ['usdWeekly', 'usdMonthly', 'usdTotal'] as const)
    windows.push(spendWindow(subject, kind, limits, clock));
  return windows;
}
