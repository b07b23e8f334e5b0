import { z } from 'zod';
import { dateInput, isoDate } from './common.js';

/** A rolling window ending now, as the stats API names it. */
export const STATS_PERIODS = ['day', 'week', 'month'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];
export const STATS_BUCKETS = ['hour', 'day'] as const;
export type Bucket = (typeof STATS_BUCKETS)[number];
export const LEADERBOARD_DIMENSIONS = ['user', 'key', 'provider', 'model'] as const;
export type LeaderboardDimension = (typeof LEADERBOARD_DIMENSIONS)[number];

export const rangeQuery = {
  period: z
    .enum(STATS_PERIODS)
    .optional()
    .describe('Rolling window ending now (default day); ignored when from is given'),
  from: dateInput.optional(),
  to: dateInput.optional(),
};

/** One range's sums from the hourly rollups, as the dashboard and `/admin/me/stats` show them. */
export const totalsSchema = z.object({
  requests: z.number(),
  errors: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  cacheWriteTokens: z.number().describe('5-minute and 1-hour cache writes together'),
  costUsd: z.string(),
  avgDurationMs: z.number(),
});
export type StatsTotals = z.infer<typeof totalsSchema>;
export const rangeSchema = z.object({ from: isoDate, to: isoDate });

export const overviewQuery = z.object(rangeQuery);
export const overviewSchema = z.object({ range: rangeSchema, totals: totalsSchema });
export type StatsOverview = z.infer<typeof overviewSchema>;

export const timeSeriesQuery = z.object({ ...rangeQuery, bucket: z.enum(STATS_BUCKETS).default('hour') });
export const timeSeriesSchema = z.object({
  range: rangeSchema,
  bucket: z.enum(STATS_BUCKETS),
  points: z.array(totalsSchema.extend({ at: isoDate })),
});
export type StatsTimeSeries = z.infer<typeof timeSeriesSchema>;
export type StatsPoint = StatsTimeSeries['points'][number];

export const leaderboardQuery = z.object({
  ...rangeQuery,
  by: z.enum(LEADERBOARD_DIMENSIONS),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export const leaderboardSchema = z.object({
  range: rangeSchema,
  by: z.string(),
  items: z.array(totalsSchema.extend({ id: z.string(), name: z.string().nullable() })),
});
export type LeaderboardEntry = z.infer<typeof leaderboardSchema>['items'][number];
