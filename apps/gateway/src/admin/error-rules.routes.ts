import { randomUUID } from 'node:crypto';
import {
  errorRuleBody,
  errorRuleListSchema,
  errorRulePatch,
  errorRuleSchema,
  errorRuleTestBody,
  errorRuleTestResultSchema,
  idParams,
  okSchema,
} from '@cch/contract';
import {
  deleteErrorRule,
  type ErrorRuleRecord,
  getErrorRule,
  insertErrorRule,
  listErrorRules,
  updateErrorRule,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { audit } from './audit.js';
import { defineRoute } from './define-route.js';
import { testErrorSample } from './error-rule-test.js';
import { AdminError, notFound } from './problem.js';

const TAGS = ['error-rules'];
export const ERROR_RULES_CHANGED = 'error-rules';

function view(rule: ErrorRuleRecord) {
  return { ...rule, createdAt: rule.createdAt.toISOString(), updatedAt: rule.updatedAt.toISOString() };
}

/** Error rules: how an upstream failure is handled (fail over, answer now, rectify) and what the client sees. */
export async function errorRulesRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  const changed = () => runtime.cache.changed(ERROR_RULES_CHANGED);

  defineRoute(app, {
    method: 'GET',
    url: '/error-rules',
    summary: 'Error rules in the order they are tried (built-in ones included)',
    tags: TAGS,
    schemas: { response: { 200: errorRuleListSchema } },
    async handler() {
      return { items: (await listErrorRules(db)).map(view) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/error-rules',
    summary: 'Create an error rule',
    tags: TAGS,
    schemas: { body: errorRuleBody, response: { 201: errorRuleSchema } },
    async handler(request, reply) {
      const rule = await insertErrorRule(db, randomUUID(), request.body);
      await audit(runtime, request, {
        action: 'error_rule.create',
        targetType: 'error_rule',
        targetId: rule.id,
        after: rule,
      });
      await changed();
      reply.code(201);
      return view(rule);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/error-rules/:id',
    summary: 'Change an error rule (built-in rules too: switch them off with enabled=false)',
    tags: TAGS,
    schemas: { params: idParams, body: errorRulePatch, response: { 200: errorRuleSchema } },
    async handler(request) {
      const before = await getErrorRule(db, request.params.id);
      if (!before) throw notFound('error rule', request.params.id);
      const after = await updateErrorRule(db, before.id, request.body);
      if (!after) throw notFound('error rule', request.params.id);
      await audit(runtime, request, {
        action: 'error_rule.update',
        targetType: 'error_rule',
        targetId: after.id,
        before,
        after,
      });
      await changed();
      return view(after);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/error-rules/:id',
    summary: 'Delete an error rule (built-in rules cannot be deleted, only switched off)',
    tags: TAGS,
    schemas: { params: idParams, response: { 200: okSchema } },
    async handler(request) {
      const before = await getErrorRule(db, request.params.id);
      if (!before) throw notFound('error rule', request.params.id);
      if (before.builtin) {
        throw new AdminError(409, 'Built-in rule', 'A built-in error rule cannot be deleted; switch it off instead.');
      }
      await deleteErrorRule(db, before.id);
      await audit(runtime, request, {
        action: 'error_rule.delete',
        targetType: 'error_rule',
        targetId: before.id,
        before,
      });
      await changed();
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/error-rules/test',
    summary: 'Run a sample upstream error through the rules: which one matches and what would happen',
    tags: TAGS,
    schemas: { body: errorRuleTestBody, response: { 200: errorRuleTestResultSchema } },
    async handler(request) {
      return testErrorSample(runtime, request.body);
    },
  });
}
