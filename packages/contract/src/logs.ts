import { z } from 'zod';
import { dateInput, isoDate, pageOf, pageQuery } from './common.js';

export const logFilters = z.object({
  from: dateInput.optional().describe('Inclusive'),
  to: dateInput.optional().describe('Exclusive'),
  userId: z.string().optional(),
  keyId: z.string().optional(),
  providerId: z.string().optional(),
  model: z.string().optional().describe('Requested or upstream model'),
  status: z.coerce.number().int().min(100).max(599).optional(),
  statusClass: z.coerce.number().int().min(1).max(5).optional().describe('2 = 2xx, 4 = 4xx, 5 = 5xx'),
  sessionId: z.string().optional(),
  after: z.coerce
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Only rows newer than this id (what a live view has not seen yet)'),
  ...pageQuery,
});

/** What a routing decision came to, small enough for every row of a list. */
export const decisionSummarySchema = z.object({
  attempts: z.number().int().describe('Upstream attempts, retries included'),
  providers: z.array(z.string()).describe('Names of the providers tried, in order, each once'),
  candidates: z.number().int().describe('Providers the first selection round started from'),
  filtered: z
    .array(z.object({ reason: z.string(), count: z.number().int() }))
    .describe('Providers the first selection round dropped, counted by reason, most first'),
  price: z
    .enum(['exact', 'estimated', 'missing', 'none'])
    .describe("estimated: another model's price stood in; missing: tokens were used but no price was known"),
  estimatedFrom: z.string().nullable().describe('The model whose price stood in, when estimated'),
});
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;

const logRowSchema = z.object({
  id: z.number().int(),
  createdAt: isoDate,
  requestId: z.string(),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  providerId: z.string().nullable(),
  sessionId: z.string().nullable(),
  protocol: z.string(),
  endpoint: z.string(),
  method: z.string(),
  requestedModel: z.string(),
  upstreamModel: z.string().nullable(),
  billedModel: z.string().nullable(),
  statusCode: z.number().int(),
  errorClass: z.string().nullable(),
  errorMessage: z.string().nullable(),
  durationMs: z.number(),
  ttfbMs: z.number().nullable(),
  isStream: z.boolean(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  cacheWrite5mTokens: z.number(),
  cacheWrite1hTokens: z.number(),
  reasoningTokens: z.number(),
  costUsd: z.string(),
  costMultiplier: z.string(),
  userAgent: z.string().nullable(),
  clientIp: z.string().nullable(),
});

/** One logged request in a list: the decision chain as a summary (the detail has all of it). */
export const logSummarySchema = logRowSchema.extend({ decision: decisionSummarySchema });
export type LogSummary = z.infer<typeof logSummarySchema>;

/** One logged request. The JSON columns go out as stored; read them with the schemas in log-json.ts. */
export const logDetailSchema = logSummarySchema.extend({
  costBreakdown: z.unknown(),
  decisionChain: z.unknown().describe('Every routing step: candidates, choice, attempts'),
  candidateCounts: z.unknown(),
  requestBody: z.string().nullable(),
  responseBody: z.string().nullable(),
});
export const logPageSchema = pageOf(logSummarySchema);
export type LogPage = z.infer<typeof logPageSchema>;
