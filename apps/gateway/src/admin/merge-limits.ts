import type { FlatLimits, LimitsPatch } from '@cch/contract';
import type { Limits } from '@cch/core';

const FLAT_TO_LIMIT = {
  rpmLimit: 'rpm',
  concurrentSessionsLimit: 'concurrentSessions',
  usd5hLimit: 'usd5h',
  usdDailyLimit: 'usdDaily',
  usdWeeklyLimit: 'usdWeekly',
  usdMonthlyLimit: 'usdMonthly',
  usdTotalLimit: 'usdTotal',
} as const satisfies Record<keyof FlatLimits, keyof Limits>;

function definedEntries<T extends object>(value: T): Partial<T> {
  // `as` is safe: the same keys as T, only those whose value is undefined dropped.
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Applies `limits` and the flat shorthands to `base`; undefined when the input names no limit. */
export function mergeLimits(
  base: Limits,
  input: { limits?: LimitsPatch | undefined } & FlatLimits,
): Limits | undefined {
  const flat = Object.fromEntries(
    Object.entries(FLAT_TO_LIMIT).flatMap(([field, limit]) => {
      const value = input[field as keyof FlatLimits]; // keys of FLAT_TO_LIMIT are FlatLimits keys
      return value === undefined ? [] : [[limit, value]];
    }),
  );
  const patch = { ...definedEntries(input.limits ?? {}), ...flat };
  return Object.keys(patch).length === 0 ? undefined : { ...base, ...patch };
}
