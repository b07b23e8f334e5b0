import { z } from 'zod';
import { isoDate } from './common.js';

/**
 * What an error rule does with a matching upstream failure: move on to the next provider, answer
 * the client now (no further provider is tried), or hand it to the thinking-signature rectifier
 * (strip thinking from the history and retry once on the same provider).
 */
export const ERROR_RULE_ACTIONS = ['fail_over', 'answer_now', 'rectify_signature'] as const;
export type ErrorRuleAction = (typeof ERROR_RULE_ACTIONS)[number];

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

const pattern = z
  .string()
  .min(1)
  .max(1000)
  .refine(compiles, { error: 'not a valid regular expression' })
  .describe('Case-insensitive regular expression, tried on the upstream message and the start of its body');

/** Every condition given must hold; an empty list or null matches anything. */
export const errorRuleMatchSchema = z.object({
  statuses: z
    .array(z.number().int().min(100).max(599))
    .max(50)
    .default([])
    .describe('Upstream HTTP statuses (200 = a 2xx that was really an error)'),
  errorTypes: z
    .array(z.string().min(1).max(200))
    .max(50)
    .default([])
    .describe('Upstream error types, e.g. invalid_request_error, overloaded_error, RESOURCE_EXHAUSTED'),
  pattern: pattern.nullable().default(null),
  providerIds: z.array(z.string().min(1)).max(200).default([]),
  models: z
    .array(z.string().min(1).max(200))
    .max(100)
    .default([])
    .describe('Upstream model names; a trailing * matches a prefix'),
});
export type ErrorRuleMatch = z.infer<typeof errorRuleMatchSchema>;

/** What the client sees instead of the upstream's status and message (in its own protocol's error shape). */
export const errorRuleOverrideSchema = z.object({
  status: z.number().int().min(400).max(599).nullable().default(null),
  message: z.string().min(1).max(2000).nullable().default(null),
});

const ruleFields = {
  name: z.string().min(1).max(120),
  description: z.string().max(1000).default(''),
  enabled: z.boolean().default(true),
  priority: z.number().int().min(0).max(100_000).default(100).describe('Lower is tried first'),
  match: errorRuleMatchSchema,
  action: z.enum(ERROR_RULE_ACTIONS),
  countsForBreaker: z
    .boolean()
    .nullable()
    .default(null)
    .describe('Whether the failure counts against the provider circuit breaker; null keeps the usual rule'),
  override: errorRuleOverrideSchema.default({ status: null, message: null }),
};

export const errorRuleSchema = z.object({
  id: z.string(),
  ...ruleFields,
  builtin: z.boolean().describe('Shipped with the gateway: can be switched off and edited, not deleted'),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type ErrorRule = z.infer<typeof errorRuleSchema>;

export const errorRuleBody = z.object(ruleFields);
export type ErrorRuleInput = z.input<typeof errorRuleBody>;
export const errorRulePatch = errorRuleBody.partial();
export type ErrorRulePatch = z.input<typeof errorRulePatch>;
export const errorRuleListSchema = z.object({ items: z.array(errorRuleSchema) });

/** A sample upstream failure to run through the rules, as the gateway would see it. */
export const errorRuleTestBody = z.object({
  status: z.number().int().min(100).max(599).nullable().describe('null: a network error or timeout'),
  body: z
    .string()
    .max(64 * 1024)
    .default(''),
  providerId: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
});
export type ErrorRuleTestInput = z.input<typeof errorRuleTestBody>;

export const errorRuleTestResultSchema = z.object({
  /** How the body was read: the error type and message the rules are matched against. */
  errorType: z.string().nullable(),
  message: z.string(),
  rule: z.object({ id: z.string(), name: z.string() }).nullable(),
  decision: z.object({
    action: z.enum(['fail_over', 'answer_now', 'rectify_signature', 'default']),
    countsForBreaker: z.boolean(),
    clientStatus: z.number().int().nullable().describe('null: the client gets whatever the next provider answers'),
    clientMessage: z.string().nullable(),
    explanation: z.string(),
  }),
});
export type ErrorRuleTestResult = z.infer<typeof errorRuleTestResultSchema>;
