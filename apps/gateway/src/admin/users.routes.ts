import { createUserBody, idParams, okSchema, updateUserBody, userListSchema, userSchema } from '@cch/contract';
import { createUser, deleteUser, getUser, listUsers, NO_LIMITS, updateUser } from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { mergeLimits } from './merge-limits.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';

const TAGS = ['users'];
const FLAT_KEYS = [
  'rpmLimit',
  'concurrentSessionsLimit',
  'usd5hLimit',
  'usdDailyLimit',
  'usdWeeklyLimit',
  'usdMonthlyLimit',
  'usdTotalLimit',
] as const;

/** The body without the flat limit shorthands (they are folded into `limits`). */
function withoutFlatLimits<T extends object>(body: T): Omit<T, (typeof FLAT_KEYS)[number] | 'limits'> {
  const dropped: ReadonlySet<string> = new Set([...FLAT_KEYS, 'limits']);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !dropped.has(key))) as Omit<
    T,
    (typeof FLAT_KEYS)[number] | 'limits'
  >; // exactly those keys were deleted
}

export async function usersRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  const load = async (id: string) => (await getUser(db, id)) ?? Promise.reject(notFound('user', id));

  defineRoute(app, {
    method: 'GET',
    url: '/users',
    summary: 'List users',
    tags: TAGS,
    schemas: { response: { 200: userListSchema } },
    handler: async () => ({ items: await listUsers(db) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/users/:id',
    summary: 'One user',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: userSchema } },
    handler: async (request) => load(request.params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/users',
    summary: 'Create a user ({"name"}; limits as `limits` or flat `rpmLimit`, `usdDailyLimit`, …)',
    tags: TAGS,
    schemas: { body: createUserBody, response: { 201: userSchema } },
    async handler(request, reply) {
      const limits = mergeLimits(NO_LIMITS, request.body);
      const user = await createUser(db, { ...withoutFlatLimits(request.body), ...(limits && { limits }) });
      await audit(runtime, request, { action: 'user.create', targetType: 'user', targetId: user.id, after: user });
      await runtime.cache.changed('users');
      return reply.code(201).send(user);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/users/:id',
    summary: 'Update a user; limits are patched field by field',
    tags: TAGS,
    schemas: { params: idParams, body: updateUserBody, response: { 200: userSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      const limits = mergeLimits(before.limits, request.body);
      const after =
        (await updateUser(db, before.id, { ...withoutFlatLimits(request.body), ...(limits && { limits }) })) ?? before;
      await audit(runtime, request, { action: 'user.update', targetType: 'user', targetId: before.id, before, after });
      await runtime.cache.changed('users');
      return after;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/users/:id',
    summary: 'Delete a user and their keys',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteUser(db, before.id);
      await audit(runtime, request, { action: 'user.delete', targetType: 'user', targetId: before.id, before });
      await runtime.cache.changed('users');
      return { ok: true };
    },
  });
}
