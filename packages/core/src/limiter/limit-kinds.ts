import type { LimitKind, SpendLimitKind } from '@cch/contract';

/** Whose limit: users and keys are refused when over; providers leave selection instead. */
export type LimitSubjectKind = 'user' | 'key' | 'provider';

export interface LimitSubject {
  kind: LimitSubjectKind;
  id: string;
}

// Declared once in the admin API contract (usage entries name them); core re-exports them.
export { SPEND_LIMIT_KINDS } from '@cch/contract';
export type { LimitKind, SpendLimitKind };

/** How a window moves: sliding (RPM), rolling buckets, fixed calendar periods, or total since an admin reset. */
export type WindowShape = 'sliding' | 'live' | 'rolling' | 'fixed' | 'total';

const LIMIT_NAMES = {
  rpm: 'RPM',
  concurrentSessions: 'concurrent sessions',
  usd5h: '5-hour USD',
  usdDaily: 'daily USD',
  usdWeekly: 'weekly USD',
  usdMonthly: 'monthly USD',
  usdTotal: 'total USD',
} as const satisfies Record<LimitKind, string>;

/** "user daily USD limit", "key RPM limit" … */
export function limitName(subject: LimitSubject, kind: LimitKind): string {
  return `${subject.kind} ${LIMIT_NAMES[kind]} limit`;
}

export function isSpendLimit(kind: LimitKind): kind is SpendLimitKind {
  return kind !== 'rpm' && kind !== 'concurrentSessions';
}
