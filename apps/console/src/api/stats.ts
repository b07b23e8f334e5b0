import {
  type Bucket,
  type LeaderboardDimension,
  leaderboardSchema,
  overviewSchema,
  type StatsPeriod,
  type StatsTotals,
  timeSeriesSchema,
} from '@cch/contract';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { STATS_PERIODS } from '@cch/contract';
export type {
  Bucket,
  LeaderboardDimension,
  LeaderboardEntry,
  StatsOverview,
  StatsPeriod,
  StatsPoint,
  StatsTimeSeries,
  StatsTotals,
} from '@cch/contract';

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
    queryFn: ({ signal }) =>
      apiRequest(`/admin/stats?${new URLSearchParams({ period })}`, { schema: overviewSchema, signal }),
    refetchInterval: STATS_REFRESH_MS,
  });
}

export function statsTimeSeriesQueryOptions(period: StatsPeriod, bucket: Bucket = bucketFor(period)) {
  return queryOptions({
    queryKey: statsKeys.timeSeries(period, bucket),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/stats/timeseries?${new URLSearchParams({ period, bucket })}`, {
        schema: timeSeriesSchema,
        signal,
      }),
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
