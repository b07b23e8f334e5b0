import { z } from 'zod';
import { hhmm, usdInput } from './common.js';

/** Limits that count requests or sessions. */
export const COUNT_LIMIT_KINDS = ['rpm', 'concurrentSessions'] as const;
/** Limits on USD spend, per window or in total. */
export const SPEND_LIMIT_KINDS = ['usd5h', 'usdDaily', 'usdWeekly', 'usdMonthly', 'usdTotal'] as const;
export type SpendLimitKind = (typeof SPEND_LIMIT_KINDS)[number];
/** The limits a user, key or provider can have, as usage entries name them. */
export const LIMIT_KINDS = [...COUNT_LIMIT_KINDS, ...SPEND_LIMIT_KINDS] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

export const FIVE_HOUR_MODES = ['rolling', 'fixed'] as const;
export const DAILY_MODES = ['fixed', 'rolling'] as const;

/** Every limit of a user, key or provider; USD amounts are exact decimal strings, null means "no limit". */
export const limitsSchema = z.object({
  rpm: z.number().int().nullable(),
  concurrentSessions: z.number().int().nullable(),
  usd5h: z.string().nullable(),
  usdDaily: z.string().nullable(),
  usdWeekly: z.string().nullable(),
  usdMonthly: z.string().nullable(),
  usdTotal: z.string().nullable(),
  fiveHourMode: z.enum(FIVE_HOUR_MODES),
  dailyMode: z.enum(DAILY_MODES),
  dailyResetTime: z.string(),
});
export type Limits = z.infer<typeof limitsSchema>;

/** Any subset of the limits; null clears a limit. */
export const limitsPatch = z.object({
  rpm: z.number().int().positive().nullable().optional(),
  concurrentSessions: z.number().int().positive().nullable().optional(),
  usd5h: usdInput.nullable().optional(),
  usdDaily: usdInput.nullable().optional(),
  usdWeekly: usdInput.nullable().optional(),
  usdMonthly: usdInput.nullable().optional(),
  usdTotal: usdInput.nullable().optional(),
  fiveHourMode: z.enum(FIVE_HOUR_MODES).optional(),
  dailyMode: z.enum(DAILY_MODES).optional(),
  dailyResetTime: hhmm.optional(),
});
/** A limits patch as sent (USD as a decimal string or a number). */
export type LimitsPatchInput = z.input<typeof limitsPatch>;
/** A limits patch as the server reads it (USD normalised to a decimal string). */
export type LimitsPatch = z.output<typeof limitsPatch>;

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
export type FlatLimits = { [K in keyof typeof flatLimitFields]?: z.output<(typeof flatLimitFields)[K]> };

export const usageEntrySchema = z.object({
  limit: z.enum(LIMIT_KINDS),
  name: z.string(),
  shape: z.string(),
  resetAt: z.number().nullable().describe('Epoch ms; null when the window never resets by itself (total)'),
  exhausted: z.boolean(),
  unit: z.enum(['requests', 'sessions', 'usd']),
  current: z.union([z.number(), z.string()]).describe('USD limits: decimal string'),
  max: z.union([z.number(), z.string()]),
  since: z.number().nullable().optional().describe('Total limit: when an admin last reset it (null: never)'),
});
export type UsageEntry = z.infer<typeof usageEntrySchema>;

/** Every configured limit of one user, key or provider with its current usage. */
export const usageSchema = z.object({
  subject: z.object({ kind: z.enum(['user', 'key', 'provider']), id: z.string() }),
  entries: z.array(usageEntrySchema),
});
export type Usage = z.infer<typeof usageSchema>;
