import {
  createdKeySchema,
  createKeyBody,
  DEFAULT_ROTATION_GRACE_SECONDS,
  idParams,
  keyListSchema,
  keySchema,
  okSchema,
  rotatedKeySchema,
  rotateKeyBody,
  updateKeyBody,
} from '@cch/contract';
import {
  apiKeyPrefix,
  type ApiKey,
  createApiKey,
  deleteApiKey,
  generateApiKey,
  getApiKey,
  getUser,
  hashApiKey,
  keysLastUsedAt,
  listApiKeysByUser,
  NO_LIMITS,
  updateApiKey,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { mergeLimits } from './merge-limits.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';

const TAGS = ['keys'];

/** A user's keys as listed: the view of each, and when it was last used. */
export async function listKeysOf(db: Runtime['db'], userId: string) {
  const [keys, lastUsed] = await Promise.all([listApiKeysByUser(db, userId), keysLastUsedAt(db, userId)]);
  return keys.map((key) => ({ ...viewKey(key), lastUsedAt: lastUsed.get(key.id) ?? null }));
}

/** What the API and the audit log show of a key: never the hash. */
export function viewKey({ keyHash: _hash, ...key }: ApiKey) {
  return key;
}

async function issueKey(runtime: Runtime, input: Omit<Parameters<typeof createApiKey>[1], 'keyHash' | 'keyPrefix'>) {
  const plaintext = generateApiKey();
  const created = await createApiKey(runtime.db, {
    ...input,
    keyHash: hashApiKey(plaintext),
    keyPrefix: apiKeyPrefix(plaintext),
  });
  return { ...viewKey(created), key: plaintext };
}

export async function keysRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  const loadKey = async (id: string) => (await getApiKey(db, id)) ?? Promise.reject(notFound('key', id));
  const loadUser = async (id: string) => (await getUser(db, id)) ?? Promise.reject(notFound('user', id));

  defineRoute(app, {
    method: 'GET',
    url: '/users/:id/keys',
    summary: "A user's keys (never the key itself)",
    tags: TAGS,
    schemas: { params: idParams, response: { 200: keyListSchema } },
    async handler(request) {
      const user = await loadUser(request.params.id);
      return { items: await listKeysOf(db, user.id) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/users/:id/keys',
    summary: 'Issue a key; the plaintext sk-… key is in this response only',
    tags: TAGS,
    schemas: { params: idParams, body: createKeyBody, response: { 201: createdKeySchema } },
    async handler(request, reply) {
      const user = await loadUser(request.params.id);
      const { limits, ...fields } = request.body;
      const created = await issueKey(runtime, {
        ...fields,
        userId: user.id,
        limits: mergeLimits(NO_LIMITS, { limits }) ?? NO_LIMITS,
      });
      const { key: _plaintext, ...auditable } = created;
      await audit(runtime, request, {
        action: 'key.create',
        targetType: 'key',
        targetId: created.id,
        after: auditable,
      });
      await runtime.cache.changed('keys');
      return reply.code(201).send(created);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/keys/:id',
    summary: 'Rename, enable/disable, set expiry, limits, group or console access',
    tags: TAGS,
    schemas: { params: idParams, body: updateKeyBody, response: { 200: keySchema } },
    async handler(request) {
      const before = await loadKey(request.params.id);
      const { limits, ...fields } = request.body;
      const merged = mergeLimits(before.limits, { limits });
      const after = (await updateApiKey(db, before.id, { ...fields, ...(merged && { limits: merged }) })) ?? before;
      await audit(runtime, request, {
        action: 'key.update',
        targetType: 'key',
        targetId: before.id,
        before: viewKey(before),
        after: viewKey(after),
      });
      await runtime.cache.changed('keys');
      return viewKey(after);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/keys/:id',
    summary: 'Delete a key',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await loadKey(request.params.id);
      await deleteApiKey(db, before.id);
      await audit(runtime, request, {
        action: 'key.delete',
        targetType: 'key',
        targetId: before.id,
        before: viewKey(before),
      });
      await runtime.cache.changed('keys');
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/keys/:id/rotate',
    summary: 'Issue a replacement key; the old one expires after a grace period',
    tags: TAGS,
    schemas: { params: idParams, body: rotateKeyBody, response: { 201: rotatedKeySchema } },
    async handler(request, reply) {
      const old = await loadKey(request.params.id);
      const graceEnd = new Date(runtime.now() + (request.body?.graceSeconds ?? DEFAULT_ROTATION_GRACE_SECONDS) * 1000);
      const expiresAt = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
      const replacement = await issueKey(runtime, {
        userId: old.userId,
        name: old.name,
        enabled: old.enabled,
        expiresAt: old.expiresAt,
        limits: old.limits,
        group: old.group,
        consoleAccess: old.consoleAccess,
      });
      const previous = (await updateApiKey(db, old.id, { expiresAt })) ?? old;
      const { key: _plaintext, ...auditable } = replacement;
      await audit(runtime, request, {
        action: 'key.rotate',
        targetType: 'key',
        targetId: old.id,
        before: viewKey(old),
        after: { previous: viewKey(previous), replacement: auditable },
      });
      await runtime.cache.changed('keys');
      return reply.code(201).send({ replacement, previous: viewKey(previous) });
    },
  });
}
