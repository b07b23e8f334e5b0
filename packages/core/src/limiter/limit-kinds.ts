/** Whose limit: users and keys are refused when over; providers leave selection instead. */
export type LimitSubjectKind = 'user' | 'key' | 'provider';

export interface LimitSubject {
  kind: LimitSubjectKind;
  id: string;
}

export type SpendLimitKind = 'usd5h' | 'usdDaily' | 'usdWeekly' | 'usdMonthly' | 'usdTotal';
export type LimitKind = 'rpm' | 'concurrentSessions' | SpendLimitKind;

export const SPEND_LIMIT_KINDS: readonly SpendLimitKind[] = ['usd5h', 'usdDaily', 'usdWeekly', 'usdMonthly', 'usdTotal'];

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
