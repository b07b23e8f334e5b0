import { PROTOCOL_IDS, PROVIDER_TYPES } from '@cch/core';
import { z } from 'zod';
import { isoDate, limitsPatch, limitsSchema, usdInput } from './common.schemas.js';

const redirect = z.object({ match: z.enum(['exact', 'prefix', 'regex']), pattern: z.string().min(1), target: z.string().min(1) });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');
const activeHours = z.object({ start: hhmm, end: hhmm });
const timeoutsPatch = z.object({
  connectMs: z.number().int().positive().optional(),
  firstByteMs: z.number().int().positive().optional(),
  streamIdleMs: z.number().int().positive().optional(),
  totalMs: z.number().int().positive().optional(),
});
const breakerPatch = z.object({
  failureThreshold: z.number().int().positive().optional(),
  openDurationMs: z.number().int().positive().optional(),
  halfOpenSuccesses: z.number().int().positive().optional(),
  countNetworkErrors: z.boolean().optional(),
});
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** Every field but the four required ones is optional and defaulted. */
const providerFields = {
  enabled: z.boolean().optional(),
  weight: z.number().int().min(0).optional(),
  priority: z.number().int().optional(),
  groups: z.array(z.string().min(1)).optional(),
  costMultiplier: usdInput.optional(),
  modelRedirects: z.array(redirect).optional(),
  allowedModels: z.array(z.string()).optional(),
  allowedClients: z.array(z.string()).optional(),
  blockedClients: z.array(z.string()).optional(),
  activeHours: activeHours.nullable().optional(),
  proxyUrl: z.string().regex(/^(https?|socks5):\/\//, 'expected an http(s):// or socks5:// URL').nullable().optional(),
  proxyFallbackToDirect: z.boolean().optional(),
  customHeaders: z.record(z.string(), z.string()).optional(),
  timeouts: timeoutsPatch.optional(),
  retryBudget: z.number().int().min(0).max(10).optional(),
  circuitBreaker: breakerPatch.optional(),
  concurrencyLimit: z.number().int().positive().nullable().optional(),
  limits: limitsPatch.optional(),
  acceptedFormats: z.array(z.enum(PROTOCOL_IDS)).optional(),
};

export const createProviderBody = z.object({
  name: z.string().trim().min(1),
  type: z.enum(PROVIDER_TYPES),
  baseUrl: httpUrl,
  apiKey: z.string().min(1).describe('The upstream key; stored encrypted, never returned'),
  ...providerFields,
});

export const updateProviderBody = z.object({
  name: z.string().trim().min(1).optional(),
  type: z.enum(PROVIDER_TYPES).optional(),
  baseUrl: httpUrl.optional(),
  apiKey: z.string().min(1).optional(),
  ...providerFields,
});

export const providerHealthSchema = z.object({
  status: z.enum(['closed', 'open', 'half-open']),
  failures: z.number().int(),
  reason: z.string().nullable().describe('Why the breaker last opened'),
  openedAt: isoDate.nullable(),
  openUntil: isoDate.nullable(),
  coolingDown: z.boolean().describe('An upstream 429 asked us to wait'),
});

export const providerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PROVIDER_TYPES),
  baseUrl: z.string(),
  apiKeyPreview: z.string().describe('Masked, e.g. sk-…abcd'),
  enabled: z.boolean(),
  weight: z.number(),
  priority: z.number(),
  groups: z.array(z.string()),
  costMultiplier: z.string(),
  modelRedirects: z.array(redirect),
  allowedModels: z.array(z.string()),
  allowedClients: z.array(z.string()),
  blockedClients: z.array(z.string()),
  activeHours: activeHours.nullable(),
  proxyUrl: z.string().nullable(),
  proxyFallbackToDirect: z.boolean(),
  customHeaders: z.record(z.string(), z.string()),
  timeouts: z.object({ connectMs: z.number(), firstByteMs: z.number(), streamIdleMs: z.number(), totalMs: z.number() }),
  retryBudget: z.number(),
  circuitBreaker: z.object({ failureThreshold: z.number(), openDurationMs: z.number(), halfOpenSuccesses: z.number(), countNetworkErrors: z.boolean() }),
  concurrencyLimit: z.number().nullable(),
  limits: limitsSchema,
  acceptedFormats: z.array(z.enum(PROTOCOL_IDS)),
  health: providerHealthSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const providerListSchema = z.object({ items: z.array(providerSchema) });

export const providerTestBody = z.object({ model: z.string().min(1).optional().describe('Defaults to a small model of the provider type') }).optional();

export const providerTestResult = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable().describe('Upstream HTTP status; null when it was not reached'),
  latencyMs: z.number(),
  model: z.string(),
  errorClass: z.string().nullable(),
  message: z.string().nullable(),
});
