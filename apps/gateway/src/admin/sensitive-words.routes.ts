import { sensitiveWordBody, sensitiveWordListSchema, sensitiveWordSchema } from '@cch/contract';
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
import { badRequest } from './problem.js';
import { defineRuleRoutes } from './rule-routes.js';

function view(rule: SensitiveWordRule) {
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
  defineRuleRoutes(app, runtime, {
    path: '/sensitive-words',
    auditType: 'sensitive-word',
    noun: 'sensitive word',
    changed: 'sensitive-words',
    tags: ['request governance'],
    summaries: {
      list: 'Words and regular expressions that refuse a request before it is forwarded',
      create: 'Add a sensitive word or regular expression (a regex is checked for catastrophic backtracking)',
      update: 'Replace a sensitive word',
      remove: 'Delete a sensitive word',
    },
    schemas: { body: sensitiveWordBody, item: sensitiveWordSchema, list: sensitiveWordListSchema },
    store: {
      list: () => listSensitiveWords(db),
      get: (id) => getSensitiveWord(db, id),
      create: async (body) => createSensitiveWord(db, checked(body)),
      update: async (before, body) => updateSensitiveWord(db, before.id, checked(body)),
      remove: (id) => deleteSensitiveWord(db, id),
    },
    view,
  });
}
