import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

/** A rolling window ending now, as the stats API names it. */
export const STATS_PERIODS = ['day', 'week', 'month'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];
export type LeaderboardDimension = 'user' | 'key' | 'provider' | 'model';
export type Bucket = 'hour' | 'day';

/** Counters summed from the hourly rollups; cost is an exact USD decimal string. */
export const statsTotalsSchema = z.object({
  requests: z.number(),
  errors: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  /** 5-minute and 1-hour cache writes together. */
  cacheWriteTokens: z.number(),
  costUsd: z.string(),
  avgDurationMs: z.number(),
});
export type StatsTotals = z.infer<typeof statsTotalsSchema>;

const rangeSchema = z.object({ from: z.string(), to: z.string() });

const overviewSchema = z.object({ range: rangeSchema, totals: statsTotalsSchema });
export type StatsOverview = z.infer<typeof overviewSchema>;

const timeSeriesSchema = z.object({
  range: rangeSchema,
  bucket: z.enum(['hour', 'day']),
  points: z.array(statsTotalsSchema.extend({ at: z.string() })),
});
export type StatsTimeSeries = z.infer<typeof timeSeriesSchema>;
export type StatsPoint = StatsTimeSeries['points'][number];

const leaderboardSchema = z.object({
  range: rangeSchema,
  by: z.string(),
  items: z.array(statsTotalsSchema.extend({ id: z.string(), name: z.string().nullable() })),
});
export type LeaderboardEntry = z.infer<typeof leaderboardSchema>['items'][number];

/** All tokens of a totals row (input, output, cache read and cache write). */
export function totalTokens(totals: StatsTotals): number {
  return totals.inputTokens + totals.outputTokens + totals.cacheReadTokens + totals.cacheWriteTokens;
}

/** Share of failed requests, 0 when there were none. */
export function errorRate(totals: Pick<StatsTotals, 'requests' | 'errors'>): number {
  return totals.requests === 0 ? 0 : totals.errors / totals.requests;
}

/** The chart bucket that suits a period: hours for a day, days for a week or month. */
export function bucketFor(period: StatsPeriod): Bucket {
  return period === 'day' ? 'hour' : 'day';
}

export const statsKeys = {
  all: ['stats'] as const,
  overview: (period: StatsPeriod) => [...statsKeys.all, 'overview', period] as const,
  timeSeries: (period: StatsPeriod, bucket: Bucket) => [...statsKeys.all, 'timeseries', period, bucket] as const,
  leaderboard: (period: StatsPeriod, by: LeaderboardDimension, limit: number) =>
    [...statsKeys.all, 'leaderboard', period, by, limit] as const,
};

/** Dashboards refresh on their own every minute (the rollups are hourly, but the current hour grows). */
const STATS_REFRESH_MS = 60_000;

export function statsOverviewQueryOptions(period: StatsPeriod) {
  return queryOptions({
    queryKey: statsKeys.overview(period),
    queryFn: ({ signal }) => apiRequest(`/admin/stats?${new URLSearchParams({ period })}`, { schema: overviewSchema, signal }),
    refetchInterval: STATS_REFRESH_MS,
  });
}

export function statsTimeSeriesQueryOptions(period: StatsPeriod, bucket: Bucket = bucketFor(period)) {
  return queryOptions({
    queryKey: statsKeys.timeSeries(period, bucket),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/stats/timeseries?${new URLSearchParams({ period, bucket })}`, { schema: timeSeriesSchema, signal }),
    refetchInterval: STATS_REFRESH_MS,
  });
}

export function leaderboardQueryOptions(period: StatsPeriod, by: LeaderboardDimension, limit = 10) {
  return queryOptions({
    queryKey: statsKeys.leaderboard(period, by, limit),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/stats/leaderboard?${new URLSearchParams({ period, by, limit: String(limit) })}`, {
        schema: leaderboardSchema,
        signal,
      }).then((r) => r.items),
    refetchInterval: STATS_REFRESH_MS,
  });
}
