import type { Limits } from '../domain/limits.js';
import { usdToNano } from '../pricing/usd-to-nano.js';
import type { BudgetCheck, RateCheck, SlotCheck } from '../state/state-store.js';
import { type LimitKind, type LimitSubject, SPEND_LIMIT_KINDS, type WindowShape } from './limit-kinds.js';
import { limiterKeys } from './limiter-keys.js';
import { spendWindow, type WindowClock } from './spend-windows.js';

export const RPM_WINDOW_MS = 60_000;

/** Which subject and limit a store check stands for, so a refusal or readout can name it. */
export interface CheckOrigin {
  subject: LimitSubject;
  limit: LimitKind;
  /** The configured limit: a count, or nano-USD for spend. */
  max: number;
  shape: WindowShape;
  /** When the limit frees up, as far as the plan can tell (refined at refusal for RPM and sessions). */
  resetAt: number | null;
}

export interface Checked<T> {
  check: T;
  origin: CheckOrigin;
}

export interface SubjectChecks {
  rates: Checked<RateCheck>[];
  slots: Checked<SlotCheck>[];
  budgets: Checked<BudgetCheck>[];
}

export interface CheckClock extends WindowClock {
  /** Live sessions expire this long after their last request (SESSION_TTL). */
  sessionTtlMs: number;
}

/** A configured USD limit in nano-USD; a malformed amount counts as no limit (validated where it is written). */
function limitNano(usd: string | null): number | null {
  if (usd === null) return null;
  try {
    return usdToNano(usd);
  } catch {
    return null;
  }
}

/**
 * The store checks for one subject's configured limits. `sessionId` null skips the
 * concurrent-session check (a request outside any session cannot claim one).
 */
export function subjectChecks(
  subject: LimitSubject,
  limits: Limits,
  clock: CheckClock,
  sessionId: string | null,
): SubjectChecks {
  const { now } = clock;
  const checks: SubjectChecks = { rates: [], slots: [], budgets: [] };
  if (limits.rpm !== null) {
    checks.rates.push({
      check: { key: limiterKeys.rpm(subject), windowMs: RPM_WINDOW_MS, limit: limits.rpm },
      origin: { subject, limit: 'rpm', max: limits.rpm, shape: 'sliding', resetAt: now + RPM_WINDOW_MS },
    });
  }
  if (limits.concurrentSessions !== null && sessionId !== null) {
    checks.slots.push({
      check: {
        key: limiterKeys.sessions(subject),
        member: sessionId,
        limit: limits.concurrentSessions,
        ttlMs: clock.sessionTtlMs,
      },
      origin: {
        subject,
        limit: 'concurrentSessions',
        max: limits.concurrentSessions,
        shape: 'live',
        resetAt: now + clock.sessionTtlMs,
      },
    });
  }
  for (const kind of SPEND_LIMIT_KINDS) {
    const max = limitNano(limits[kind]);
    if (max === null) continue;
    const window = spendWindow(subject, kind, limits, clock);
    checks.budgets.push({
      check: { ...window.ref, limitNano: max },
      origin: { subject, limit: kind, max, shape: window.shape, resetAt: window.resetAt },
    });
  }
  return checks;
}

export function mergeChecks(parts: readonly SubjectChecks[]): SubjectChecks {
  return {
    rates: parts.flatMap((part) => part.rates),
    slots: parts.flatMap((part) => part.slots),
    budgets: parts.flatMap((part) => part.budgets),
  };
}
