import type { FastifyInstance } from 'fastify';
import { limitServiceOf } from '../limits/limit-service-of.js';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { idParams } from './common.schemas.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';
import { usageSchema } from './usage.schemas.js';

const TAGS = ['usage'];
const SUBJECTS = [
  { kind: 'user', path: 'users', resettable: true },
  { kind: 'key', path: 'keys', resettable: true },
  { kind: 'provider', path: 'providers', resettable: false },
] as const;

/** Quota usage of users, keys and providers (from the store), and usage resets. */
export async function usageRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const limits = limitServiceOf(runtime);
  for (const { kind, path, resettable } of SUBJECTS) {
    defineRoute(app, {
      method: 'GET', url: `/${path}/:id/usage`, summary: `Usage of a ${kind} against each of its limits`, tags: TAGS,
      schemas: { params: idParams, response: { 200: usageSchema } },
      handler: async (request) => (await limits.readUsage({ kind, id: request.params.id })) ?? Promise.reject(notFound(kind, request.params.id)),
    });
    if (!resettable) continue;
    defineRoute(app, {
      method: 'POST', url: `/${path}/:id/usage/reset`, summary: `Reset a ${kind}'s spend windows and total`, tags: TAGS,
      schemas: { params: idParams, response: { 200: usageSchema } },
      async handler(request) {
        const subject = { kind, id: request.params.id };
        const before = await limits.readUsage(subject);
        if (!before || !(await limits.resetUsage(subject))) throw notFound(kind, subject.id);
        await audit(runtime, request, { action: `${kind}.usage.reset`, targetType: kind, targetId: subject.id, before });
        return (await limits.readUsage(subject)) ?? before;
      },
    });
  }
}
