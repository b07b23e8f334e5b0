import { type Limits, NO_LIMITS } from '@cch/core';
import { z } from 'zod';

export const idParams = z.object({ id: z.string().min(1) });
export const numericIdParams = z.object({ id: z.coerce.number().int().positive() });

/** A timestamp in JSON: ISO 8601 in responses, ISO 8601 in requests (parsed to a Date). */
export const isoDate = z.string().describe('ISO 8601 date-time');
export const dateInput = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** USD as an exact decimal string; a JSON number is accepted and kept as written. */
export const usdInput = z
  .union([z.string().regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal such as "12.5"'), z.number().nonnegative()])
  .transform((v) => String(v));

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

export const limitsSchema = z.object({
  rpm: z.number().int().nullable(),
  concurrentSessions: z.number().int().nullable(),
  usd5h: z.string().nullable(),
  usdDaily: z.string().nullable(),
  usdWeekly: z.string().nullable(),
  usdMonthly: z.string().nullable(),
  usdTotal: z.string().nullable(),
  fiveHourMode: z.enum(['rolling', 'fixed']),
  dailyMode: z.enum(['fixed', 'rolling']),
  dailyResetTime: z.string(),
});

/** Any subset of the limits; null clears a limit. */
export const limitsPatch = z.object({
  rpm: z.number().int().positive().nullable().optional(),
  concurrentSessions: z.number().int().positive().nullable().optional(),
  usd5h: usdInput.nullable().optional(),
  usdDaily: usdInput.nullable().optional(),
  usdWeekly: usdInput.nullable().optional(),
  usdMonthly: usdInput.nullable().optional(),
  usdTotal: usdInput.nullable().optional(),
  fiveHourMode: z.enum(['rolling', 'fixed']).optional(),
  dailyMode: z.enum(['fixed', 'rolling']).optional(),
  dailyResetTime: hhmm.optional(),
});
export type LimitsPatch = z.infer<typeof limitsPatch>;

/** Flat shorthands accepted next to `limits`: `{"rpmLimit": 60}` is `{"limits": {"rpm": 60}}`. */
export const flatLimitFields = {
  rpmLimit: limitsPatch.shape.rpm,
  concurrentSessionsLimit: limitsPatch.shape.concurrentSessions,
  usd5hLimit: limitsPatch.shape.usd5h,
  usdDailyLimit: limitsPatch.shape.usdDaily,
  usdWeeklyLimit: limitsPatch.shape.usdWeekly,
  usdMonthlyLimit: limitsPatch.shape.usdMonthly,
  usdTotalLimit: limitsPatch.shape.usdTotal,
};
type FlatLimits = { [K in keyof typeof flatLimitFields]?: z.output<(typeof flatLimitFields)[K]> };

const FLAT_TO_LIMIT = {
  rpmLimit: 'rpm', concurrentSessionsLimit: 'concurrentSessions', usd5hLimit: 'usd5h', usdDailyLimit: 'usdDaily',
  usdWeeklyLimit: 'usdWeekly', usdMonthlyLimit: 'usdMonthly', usdTotalLimit: 'usdTotal',
} as const satisfies Record<keyof FlatLimits, keyof Limits>;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>; // same keys, undefined dropped
}

/** Applies `limits` and the flat shorthands to `base`; undefined when the input names no limit. */
export function mergeLimits(base: Limits, input: { limits?: LimitsPatch | undefined } & FlatLimits): Limits | undefined {
  const flat = Object.fromEntries(
    Object.entries(FLAT_TO_LIMIT).flatMap(([field, limit]) => {
      const value = input[field as keyof FlatLimits]; // keys of FLAT_TO_LIMIT are FlatLimits keys
      return value === undefined ? [] : [[limit, value]];
    }),
  );
  const patch = { ...definedEntries(input.limits ?? {}), ...flat };
  return Object.keys(patch).length === 0 ? undefined : { ...base, ...patch };
}

export const DEFAULT_LIMITS = NO_LIMITS;

const fieldErrorSchema = z.object({ in: z.string(), field: z.string(), message: z.string() });

/** RFC 9457 problem details, as every admin error is rendered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });

export const okSchema = z.object({ ok: z.literal(true) });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.number().int().nullable() });
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.coerce.number().int().positive().optional(),
};
