import { idParams, quotaOverviewQuery, quotaOverviewSchema, usageSchema } from '@cch/contract';
import { recordSpendReset } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';
import { buildQuotaOverview, quotaSubjects } from './quota-overview.js';

const TAGS = ['usage'];
const SUBJECTS = [
  { kind: 'user', path: 'users', resettable: true },
  { kind: 'key', path: 'keys', resettable: true },
  { kind: 'provider', path: 'providers', resettable: false },
] as const;

/** Quota usage of users, keys and providers (from the store), and usage resets (kept in the database too). */
export async function usageRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const limits = runtime.limits;
  defineRoute(app, {
    method: 'GET',
    url: '/quotas',
    summary: 'Every user and key with a limit, against each limit, nearest to a limit first',
    tags: TAGS,
    schemas: { querystring: quotaOverviewQuery, response: { 200: quotaOverviewSchema } },
    async handler(request) {
      const { users, keys } = runtime.cache.current();
      const subjects = quotaSubjects({ users, keys, ...request.query });
      const usages = await limits.readUsageOfMany(
        subjects.limited.map(({ kind, entity }) => ({ kind, id: entity.id })),
      );
      return buildQuotaOverview(subjects, usages, request.query.sort);
    },
  });
  for (const { kind, path, resettable } of SUBJECTS) {
    defineRoute(app, {
      method: 'GET',
      url: `/${path}/:id/usage`,
      summary: `Usage of a ${kind} against each of its limits`,
      tags: TAGS,
      schemas: { params: idParams, response: { 200: usageSchema } },
      handler: async (request) =>
        (await limits.readUsage({ kind, id: request.params.id })) ?? Promise.reject(notFound(kind, request.params.id)),
    });
    if (!resettable) continue;
    defineRoute(app, {
      method: 'POST',
      url: `/${path}/:id/usage/reset`,
      summary: `Reset a ${kind}'s spend windows and total`,
      tags: TAGS,
      schemas: { params: idParams, response: { 200: usageSchema } },
      async handler(request) {
        const subject = { kind, id: request.params.id };
        const before = await limits.readUsage(subject);
        if (!before) throw notFound(kind, subject.id);
        // durable first: spend counters rebuilt from the ledger (a store restarted empty) start here
        const resetAt = runtime.now();
        await recordSpendReset(runtime.db, { ...subject, resetAt: new Date(resetAt) });
        if (!(await limits.resetUsage(subject, resetAt))) throw notFound(kind, subject.id);
        await audit(runtime, request, {
          action: `${kind}.usage.reset`,
          targetType: kind,
          targetId: subject.id,
          before,
        });
        return (await limits.readUsage(subject)) ?? before;
      },
    });
  }
}
