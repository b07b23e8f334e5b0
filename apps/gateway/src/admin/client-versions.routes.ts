import { clientVersionRuleBody, clientVersionRuleListSchema, clientVersionRuleSchema } from '@cch/contract';
import {
  type ClientVersionRuleRecord,
  createClientVersionRule,
  deleteClientVersionRule,
  getClientVersionRule,
  listClientVersionRules,
  updateClientVersionRule,
} from '@cch/core';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { defineRuleRoutes } from './rule-routes.js';

function view(rule: ClientVersionRuleRecord) {
  return { ...rule, createdAt: rule.createdAt.toISOString(), updatedAt: rule.updatedAt.toISOString() };
}

export async function clientVersionsRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
  const { db } = runtime;
  defineRuleRoutes(app, runtime, {
    path: '/client-version-rules',
    auditType: 'client-version-rule',
    noun: 'client version rule',
    changed: 'client-version-rules',
    tags: ['request governance'],
    summaries: {
      list: 'Minimum and blocked versions per client (read from the User-Agent)',
      create: 'Add a client version rule',
      update: 'Replace a client version rule',
      remove: 'Delete a client version rule',
    },
    schemas: { body: clientVersionRuleBody, item: clientVersionRuleSchema, list: clientVersionRuleListSchema },
    store: {
      list: () => listClientVersionRules(db),
      get: (id) => getClientVersionRule(db, id),
      create: (body) => createClientVersionRule(db, body),
      update: (before, body) => updateClientVersionRule(db, before.id, body),
      remove: (id) => deleteClientVersionRule(db, id),
    },
    view,
  });
}
