import { listApiKeysByUser } from '@cch/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { limitServiceOf } from '../limits/limit-service-of.js';
import type { Runtime } from '../runtime.js';
import { defineRoute } from './define-route.js';
import { keyListSchema, keySchema } from './keys.schemas.js';
import { viewKey } from './keys.routes.js';
import { forbidden } from './problem.js';
import { usageSchema } from './usage.schemas.js';
import { userSchema } from './users.schemas.js';

const TAGS = ['me'];

const meSchema = z.object({ role: z.enum(['admin', 'user']), name: z.string(), user: userSchema.nullable(), key: keySchema.nullable() });
const meUsageSchema = z.object({ user: usageSchema.nullable(), key: usageSchema.nullable() });

function ownIds(request: FastifyRequest): { userId: string; keyId: string } {
  const principal = request.principal;
  if (!principal?.userId || !principal.keyId) throw forbidden('/admin/me is for a user-key sign-in; the admin token has no user');
  return { userId: principal.userId, keyId: principal.keyId };
}

/** A key holder's own view: who they are, their usage against each quota, their keys. */
export async function meRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const limits = limitServiceOf(runtime);

  defineRoute(app, {
    method: 'GET', url: '/me', summary: 'The signed-in user and key', tags: TAGS, access: 'signed-in',
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
    method: 'GET', url: '/me/usage', summary: 'Own usage against every user and key quota', tags: TAGS, access: 'signed-in',
    schemas: { response: { 200: meUsageSchema } },
    async handler(request) {
      const { userId, keyId } = ownIds(request);
      const [user, key] = await Promise.all([limits.readUsage({ kind: 'user', id: userId }), limits.readUsage({ kind: 'key', id: keyId })]);
      return { user, key };
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/me/keys', summary: "Own user's keys (never the key itself)", tags: TAGS, access: 'signed-in',
    schemas: { response: { 200: keyListSchema } },
    async handler(request) {
      const { userId } = ownIds(request);
      return { items: (await listApiKeysByUser(runtime.db, userId)).map(viewKey) };
    },
  });
}
