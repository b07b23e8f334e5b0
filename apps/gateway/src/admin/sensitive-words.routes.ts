import { idParams, okSchema, sensitiveWordBody, sensitiveWordListSchema, sensitiveWordSchema } from '@cch/contract';
import {
  checkRegexSafety,
  createSensitiveWord,
  deleteSensitiveWord,
  getSensitiveWord,
  listSensitiveWords,
  type SensitiveWordRule,
  updateSensitiveWord,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { badRequest, notFound } from './problem.js';

const TAGS = ['request governance'];
const CHANGED = 'sensitive-words';

function view(rule: SensitiveWordRule): z.input<typeof sensitiveWordSchema> {
  return { ...rule, createdAt: rule.createdAt.toISOString(), updatedAt: rule.updatedAt.toISOString() };
}

/** A regex must be safe to run on every request's text: refused on save otherwise, with the reason. */
function checked(body: z.output<typeof sensitiveWordBody>) {
  if (body.kind === 'regex') {
    const safe = checkRegexSafety(body.pattern);
    if (!safe.ok) throw badRequest(`The regular expression cannot be used: ${safe.reason}.`);
  }
  return body;
}

export async function sensitiveWordsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  const load = async (id: string) => (await getSensitiveWord(db, id)) ?? Promise.reject(notFound('sensitive word', id));

  defineRoute(app, {
    method: 'GET',
    url: '/sensitive-words',
    summary: 'Words and regular expressions that refuse a request before it is forwarded',
    tags: TAGS,
    schemas: { response: { 200: sensitiveWordListSchema } },
    handler: async () => ({ items: (await listSensitiveWords(db)).map(view) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/sensitive-words',
    summary: 'Add a sensitive word or regular expression (a regex is checked for catastrophic backtracking)',
    tags: TAGS,
    schemas: { body: sensitiveWordBody, response: { 201: sensitiveWordSchema } },
    async handler(request, reply) {
      const created = view(await createSensitiveWord(db, checked(request.body)));
      await audit(runtime, request, {
        action: 'sensitive-word.create',
        targetType: 'sensitive-word',
        targetId: created.id,
        after: created,
      });
      await runtime.cache.changed(CHANGED);
      return reply.code(201).send(created);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/sensitive-words/:id',
    summary: 'Replace a sensitive word',
    tags: TAGS,
    schemas: { params: idParams, body: sensitiveWordBody, response: { 200: sensitiveWordSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      const after = view((await updateSensitiveWord(db, before.id, checked(request.body))) ?? before);
      await audit(runtime, request, {
        action: 'sensitive-word.update',
        targetType: 'sensitive-word',
        targetId: before.id,
        before: view(before),
        after,
      });
      await runtime.cache.changed(CHANGED);
      return after;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/sensitive-words/:id',
    summary: 'Delete a sensitive word',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteSensitiveWord(db, before.id);
      await audit(runtime, request, {
        action: 'sensitive-word.delete',
        targetType: 'sensitive-word',
        targetId: before.id,
        before: view(before),
      });
      await runtime.cache.changed(CHANGED);
      return { ok: true };
    },
  });
}
