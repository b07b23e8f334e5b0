import { keyListSchema, meSchema, meStatsQuery, meStatsSchema, meUsageSchema } from '@cch/contract';
import { withoutParallelWorkers } from '@cch/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { listKeysOf, viewKey } from './keys.routes.js';
import { forbidden } from './problem.js';
import { totals, toTotals } from './stats-queries.js';
import { PERIOD_MS } from './stats.routes.js';

const TAGS = ['me'];

/** The rollup sums (same as the dashboard's) for one user, optionally one of their keys. */
async function ownTotals(
  runtime: Runtime,
  range: { from: Date; to: Date },
  filter: { userId: string; keyId?: string },
) {
  const row = await withoutParallelWorkers(runtime.db, (db) => {
    let query = db
      .selectFrom('usageHourly')
      .select(totals())
      .where('hour', '>=', range.from)
      .where('hour', '<', range.to)
      .where('userId', '=', filter.userId);
    if (filter.keyId) query = query.where('keyId', '=', filter.keyId);
    return query.executeTakeFirstOrThrow();
  });
  return toTotals(row);
}

function ownIds(request: FastifyRequest): { userId: string; keyId: string } {
  const principal = request.principal;
  if (!principal?.userId || !principal.keyId)
    throw forbidden('/admin/me is for a user-key sign-in; the admin token has no user');
  return { userId: principal.userId, keyId: principal.keyId };
}

/** A key holder's own view: who they are, their usage against each quota, their keys. */
export async function meRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const limits = runtime.limits;

  defineRoute(app, {
    method: 'GET',
    url: '/me',
    summary: 'The signed-in user and key',
    tags: TAGS,
    access: 'signed-in',
    schemas: { response: { 200: meSchema } },
    async handler(request) {
      const principal = request.principal;
      const snapshot = runtime.cache.current();
      const user = principal?.userId ? (snapshot.userById.get(principal.userId) ?? null) : null;
      const key = principal?.keyId ? (snapshot.keys.find((k) => k.id === principal.keyId) ?? null) : null;
      return { role: principal?.role ?? 'user', name: principal?.name ?? '', user, key: key && viewKey(key) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/me/usage',
    summary: 'Own usage against every user and key quota',
    tags: TAGS,
    access: 'signed-in',
    schemas: { response: { 200: meUsageSchema } },
    async handler(request) {
      const { userId, keyId } = ownIds(request);
      const [user, key] = await Promise.all([
        limits.readUsage({ kind: 'user', id: userId }),
        limits.readUsage({ kind: 'key', id: keyId }),
      ]);
      return { user, key };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/me/stats',
    summary: 'Own requests, tokens and cost over a rolling day, week or month',
    tags: TAGS,
    access: 'signed-in',
    schemas: {
      querystring: meStatsQuery,
      response: { 200: meStatsSchema },
    },
    async handler(request) {
      const { userId, keyId } = ownIds(request);
      // The same window as the dashboard's /stats?period=…: hourly rollups with hour in [now - period, now).
      const to = new Date(runtime.now());
      const range = { from: new Date(to.getTime() - PERIOD_MS[request.query.period]), to };
      const [user, key] = await Promise.all([
        ownTotals(runtime, range, { userId }),
        ownTotals(runtime, range, { userId, keyId }),
      ]);
      return { range: { from: range.from.toISOString(), to: to.toISOString() }, user, key };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/me/keys',
    summary: "Own user's keys (never the key itself)",
    tags: TAGS,
    access: 'signed-in',
    schemas: { response: { 200: keyListSchema } },
    async handler(request) {
      const { userId } = ownIds(request);
      return { items: await listKeysOf(runtime.db, userId) };
    },
  });
}
