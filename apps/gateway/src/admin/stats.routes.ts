import {
  leaderboardQuery,
  leaderboardSchema,
  overviewQuery,
  overviewSchema,
  timeSeriesQuery,
  timeSeriesSchema,
} from '@cch/contract';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { badRequest } from './problem.js';
import { leaderboard, overview, type Range, timeSeries } from './stats-queries.js';

const TAGS = ['stats'];
/** The rolling ranges the stats periods name. */
export const PERIOD_MS = { day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 } as const;

function toRange(
  now: number,
  query: { period?: keyof typeof PERIOD_MS | undefined; from?: Date | undefined; to?: Date | undefined },
): Range {
  const to = query.to ?? new Date(now);
  const from = query.from ?? new Date(to.getTime() - PERIOD_MS[query.period ?? 'day']);
  if (from >= to) throw badRequest('from must be before to');
  return { from, to };
}

/** Dashboard statistics, all from the hourly rollups (never the raw log). */
export async function statsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;

  defineRoute(app, {
    method: 'GET',
    url: '/stats',
    summary: 'Overview totals for a period',
    tags: TAGS,
    schemas: {
      querystring: overviewQuery,
      response: { 200: overviewSchema },
    },
    async handler(request) {
      const range = toRange(runtime.now(), request.query);
      return { range, totals: await overview(db, range) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/stats/timeseries',
    summary: 'Totals per hour or day (in the configured time zone)',
    tags: TAGS,
    schemas: {
      querystring: timeSeriesQuery,
      response: { 200: timeSeriesSchema },
    },
    async handler(request) {
      const range = toRange(runtime.now(), request.query);
      const { bucket } = request.query;
      return {
        range,
        bucket,
        points: await timeSeries(db, { ...range, bucket, timeZone: runtime.settings.current().timeZone }),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/stats/leaderboard',
    summary: 'Top users, keys, providers or models by cost',
    tags: TAGS,
    schemas: {
      querystring: leaderboardQuery,
      response: { 200: leaderboardSchema },
    },
    async handler(request) {
      const range = toRange(runtime.now(), request.query);
      const { by, limit } = request.query;
      const snapshot = runtime.cache.current();
      const nameOf = (id: string) =>
        by === 'user'
          ? (snapshot.userById.get(id)?.name ?? null)
          : by === 'provider'
            ? (snapshot.providerById.get(id)?.name ?? null)
            : by === 'key'
              ? (snapshot.keys.find((k) => k.id === id)?.name ?? null)
              : id;
      const rows = await leaderboard(db, { ...range, by, limit });
      return { range, by, items: rows.map((row) => ({ ...row, name: nameOf(row.id) })) };
    },
  });
}
