/**
 * Limits shared by users, keys and providers. Every field is optional: null means "no limit".
 * Money is a decimal string in USD (never a binary float).
 */
export interface Limits {
  rpm: number | null;
  concurrentSessions: number | null;
  usd5h: string | null;
  usdDaily: string | null;
  usdWeekly: string | null;
  usdMonthly: string | null;
  usdTotal: string | null;
  /** 5-hour window: rolling (default) or fixed 5-hour blocks. */
  fiveHourMode: 'rolling' | 'fixed';
  /** Daily window: fixed at `dailyResetTime` in the configured time zone (default) or rolling 24 h. */
  dailyMode: 'fixed' | 'rolling';
  /** HH:mm in the configured time zone. */
  dailyResetTime: string;
}

export const NO_LIMITS: Limits = {
  rpm: null,
  concurrentSessions: null,
  usd5h: null,
  usdDaily: null,
  usdWeekly: null,
  usdMonthly: null,
  usdTotal: null,
  fiveHourMode: 'rolling',
  dailyMode: 'fixed',
  dailyResetTime: '00:00',
};

/** Whether any limit is set (window modes alone limit nothing). */
export function hasAnyLimit(limits: Limits): boolean {
  return (
    limits.rpm !== null ||
    limits.concurrentSessions !== null ||
    limits.usd5h !== null ||
    limits.usdDaily !== null ||
    limits.usdWeekly !== null ||
    limits.usdMonthly !== null ||
    limits.usdTotal !== null
  );
}
