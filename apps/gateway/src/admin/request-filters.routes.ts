import { requestFilterBody, requestFilterListSchema, requestFilterSchema } from '@cch/contract';
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
import { badRequest } from './problem.js';
import { defineRuleRoutes } from './rule-routes.js';

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
  defineRuleRoutes(app, runtime, {
    path: '/request-filters',
    auditType: 'request-filter',
    noun: 'request filter',
    changed: 'request-filters',
    tags: ['request governance'],
    summaries: {
      list: 'Request filters, in the order they run',
      create: 'Create a filter that sets or removes a header or a JSON body field before forwarding',
      update: 'Replace a filter (a secret value may be omitted to keep it)',
      remove: 'Delete a filter',
    },
    schemas: { body: requestFilterBody, item: requestFilterSchema, list: requestFilterListSchema },
    store: {
      list: () => listRequestFilters(db, secretBox),
      get: (id) => getRequestFilter(db, secretBox, id),
      create: async (body) => createRequestFilter(db, secretBox, fieldsOf(body)),
      update: async (before, body) => updateRequestFilter(db, secretBox, before.id, fieldsOf(body, before)),
      remove: (id) => deleteRequestFilter(db, id),
    },
    view: viewRequestFilter,
  });
}
