import { idParams, okSchema, requestFilterBody, requestFilterListSchema, requestFilterSchema } from '@cch/contract';
import {
  createRequestFilter,
  deleteRequestFilter,
  getRequestFilter,
  listRequestFilters,
  type RequestFilterRule,
  updateRequestFilter,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { badRequest, notFound } from './problem.js';

const TAGS = ['request governance'];
const CHANGED = 'request-filters';

/** The last characters of a secret, enough to tell two apart; never the whole value. */
function maskOf(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length <= 8 ? '••••' : `••••${text.slice(-4)}`;
}

/** The API view: a secret value is masked, never sent. */
export function viewRequestFilter(rule: RequestFilterRule): z.input<typeof requestFilterSchema> {
  const { value, createdAt, updatedAt, ...fields } = rule;
  const secret = rule.secret && value !== null;
  return {
    ...fields,
    value: secret || rule.action === 'remove' ? null : (value as z.input<typeof requestFilterSchema>['value']),
    valueMask: secret ? maskOf(value) : null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

type Body = z.output<typeof requestFilterBody>;

/** The stored fields; a secret filter updated without a value keeps the one it had. */
function fieldsOf(body: Body, before?: RequestFilterRule) {
  const keep = body.value === undefined && body.secret && before?.secret && body.action === 'set';
  const value = keep ? before.value : (body.value ?? null);
  if (body.action === 'set' && value === null) throw badRequest('A set filter needs a value.');
  return { ...body, value };
}

export async function requestFiltersRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db, secretBox } = runtime;
  const load = async (id: string) =>
    (await getRequestFilter(db, secretBox, id)) ?? Promise.reject(notFound('request filter', id));

  defineRoute(app, {
    method: 'GET',
    url: '/request-filters',
    summary: 'Request filters, in the order they run',
    tags: TAGS,
    schemas: { response: { 200: requestFilterListSchema } },
    handler: async () => ({ items: (await listRequestFilters(db, secretBox)).map(viewRequestFilter) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/request-filters',
    summary: 'Create a filter that sets or removes a header or a JSON body field before forwarding',
    tags: TAGS,
    schemas: { body: requestFilterBody, response: { 201: requestFilterSchema } },
    async handler(request, reply) {
      const created = await createRequestFilter(db, secretBox, fieldsOf(request.body));
      const after = viewRequestFilter(created);
      await audit(runtime, request, {
        action: 'request-filter.create',
        targetType: 'request-filter',
        targetId: created.id,
        after,
      });
      await runtime.cache.changed(CHANGED);
      return reply.code(201).send(after);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/request-filters/:id',
    summary: 'Replace a filter (a secret value may be omitted to keep it)',
    tags: TAGS,
    schemas: { params: idParams, body: requestFilterBody, response: { 200: requestFilterSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      const updated = (await updateRequestFilter(db, secretBox, before.id, fieldsOf(request.body, before))) ?? before;
      const after = viewRequestFilter(updated);
      await audit(runtime, request, {
        action: 'request-filter.update',
        targetType: 'request-filter',
        targetId: before.id,
        before: viewRequestFilter(before),
        after,
      });
      await runtime.cache.changed(CHANGED);
      return after;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/request-filters/:id',
    summary: 'Delete a filter',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await load(request.params.id);
      await deleteRequestFilter(db, before.id);
      await audit(runtime, request, {
        action: 'request-filter.delete',
        targetType: 'request-filter',
        targetId: before.id,
        before: viewRequestFilter(before),
      });
      await runtime.cache.changed(CHANGED);
      return { ok: true };
    },
  });
}
