import {
  clientVersionRuleBody,
  clientVersionRuleListSchema,
  clientVersionRuleSchema,
  idParams,
  okSchema,
} from '@cch/contract';
import {
  type ClientVersionRuleRecord,
  createClientVersionRule,
  deleteClientVersionRule,
  getClientVersionRule,
  listClientVersionRules,
  updateClientVersionRule,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { notFound } from './problem.js';

const TAGS = ['request governance'];
const CHANGED = 'client-version-rules';

function view(rule: ClientVersionRuleRecord): z.input<typeof clientVersionRuleSchema> {
  return { ...rule, createdAt: rule.createdAt.toISOString(), updatedAt: rule.updatedAt.toISOString() };
}

export async function clientVersionsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  const load = async (id: string) =>
    (await getClientVersionRule(db, id)) ?? Promise.reject(notFound('client version rule', id));

  defineRoute(app, {
    method: 'GET',
    url: '/client-version-rules',
    summary: 'Minimum and blocked versions per client (read from the User-Agent)',
    tags: TAGS,
    schemas: { response: { 200: clientVersionRuleListSchema } },
    handler: async () => ({ items: (await listClientVersionRules(db)).map(view) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/client-version-rules',
    summary: 'Add a client version rule',
    tags: TAGS,
    schemas: { body: clientVersionRuleBody, response: { 201: clientVersionRuleSchema } },
    async handler(request, reply) {
      const created = view(await createClientVersionRule(db, request.body));
      await audit(runtime, request, {
        action: 'client-version-rule.create',
        targetType: 'client-version-rule',
        targetId: created.id,
        after: created,
      });
      await runtime.cache.changed(CHANGED);
      return reply.code(201).send(created);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/client-version-rules/:id',
    summary: 'Replace a client version rule',
    tags: TAGS,
    schemas: { params: idParams, body: clientVersionRuleBody, response: { 200: clientVersionRuleSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      const after = view((await updateClientVersionRule(db, before.id, request.body)) ?? before);
      await audit(runtime, request, {
        action: 'client-version-rule.update',
        targetType: 'client-version-rule',
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
    url: '/client-version-rules/:id',
    summary: 'Delete a client version rule',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteClientVersionRule(db, before.id);
      await audit(runtime, request, {
        action: 'client-version-rule.delete',
        targetType: 'client-version-rule',
        targetId: before.id,
        before: view(before),
      });
      await runtime.cache.changed(CHANGED);
      return { ok: true };
    },
  });
}
