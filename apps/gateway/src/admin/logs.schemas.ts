import { z } from 'zod';
import { dateInput, isoDate, pageOf, pageQuery } from './common.schemas.js';

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
  ...pageQuery,
});

export const logSummarySchema = z.object({
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
  costBreakdown: z.unknown(),
  costMultiplier: z.string(),
  decisionChain: z.unknown().describe('Every routing step: candidates, choice, attempts'),
  candidateCounts: z.unknown(),
  userAgent: z.string().nullable(),
  clientIp: z.string().nullable(),
});

export const logDetailSchema = logSummarySchema.extend({ requestBody: z.string().nullable(), responseBody: z.string().nullable() });
export const logPageSchema = pageOf(logSummarySchema);
