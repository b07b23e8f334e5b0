import { z } from 'zod';
import { hhmm, isoDate, usdInput } from './common.js';
import { limitsPatch, limitsSchema } from './limits.js';
import { PROTOCOL_IDS, PROVIDER_TYPES } from './protocols.js';

/** How a model redirect's pattern matches the requested model. */
export const REDIRECT_MATCHES = ['exact', 'prefix', 'regex'] as const;
export type RedirectMatch = (typeof REDIRECT_MATCHES)[number];

/** A provider's circuit breaker: closed (serving), open (skipped), half-open (probing). */
export const BREAKER_STATUSES = ['closed', 'open', 'half-open'] as const;
export type BreakerStatus = (typeof BREAKER_STATUSES)[number];

const redirect = z.object({
  match: z.enum(REDIRECT_MATCHES),
  pattern: z.string().min(1),
  target: z.string().min(1),
});
export type ModelRedirect = z.infer<typeof redirect>;
const activeHours = z.object({ start: hhmm, end: hhmm });
const timeouts = z.object({
  connectMs: z.number().int().positive(),
  firstByteMs: z.number().int().positive(),
  streamIdleMs: z.number().int().positive(),
  totalMs: z.number().int().positive(),
  /**
   * Hedged streams: when this provider has sent no first content byte after this long, the same
   * request also starts on the next provider and the first to answer wins. null = off.
   */
  hedgeAfterMs: z.number().int().positive().nullable(),
});
export type ProviderTimeouts = z.infer<typeof timeouts>;
const breaker = z.object({
  failureThreshold: z.number().int().positive(),
  openDurationMs: z.number().int().positive(),
  halfOpenSuccesses: z.number().int().positive(),
  countNetworkErrors: z.boolean(),
});
export type BreakerSettings = z.infer<typeof breaker>;
/** The stored shape of a provider's JSON columns (exports carry them as stored). */
export const modelRedirectSchema = redirect;
export const activeHoursSchema = activeHours;
export const providerTimeoutsSchema = timeouts;
export const breakerSettingsSchema = breaker;
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** Every field but the four required ones is optional and defaulted (see PROVIDER_DEFAULTS). */
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
  proxyUrl: z
    .string()
    .regex(/^(https?|socks5):\/\//, 'expected an http(s):// or socks5:// URL')
    .nullable()
    .optional(),
  proxyFallbackToDirect: z.boolean().optional(),
  customHeaders: z.record(z.string(), z.string()).optional(),
  timeouts: timeouts.partial().optional(),
  retryBudget: z.number().int().min(0).max(10).optional(),
  circuitBreaker: breaker.partial().optional(),
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
export type CreateProviderInput = z.input<typeof createProviderBody>;

export const updateProviderBody = z.object({
  name: z.string().trim().min(1).optional(),
  type: z.enum(PROVIDER_TYPES).optional(),
  baseUrl: httpUrl.optional(),
  apiKey: z.string().min(1).optional(),
  ...providerFields,
});
export type UpdateProviderInput = z.input<typeof updateProviderBody>;

export const providerHealthSchema = z.object({
  status: z.enum(BREAKER_STATUSES),
  failures: z.number().int(),
  reason: z.string().nullable().describe('Why the breaker last opened'),
  openedAt: isoDate.nullable(),
  openUntil: isoDate.nullable(),
  coolingDown: z.boolean().describe('An upstream 429 asked us to wait'),
});
export type ProviderHealth = z.infer<typeof providerHealthSchema>;

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
  timeouts: z.object({
    connectMs: z.number(),
    firstByteMs: z.number(),
    streamIdleMs: z.number(),
    totalMs: z.number(),
    hedgeAfterMs: z.number().nullable().describe('Hedged streams: start the next provider after this long; null = off'),
  }),
  retryBudget: z.number(),
  circuitBreaker: z.object({
    failureThreshold: z.number(),
    openDurationMs: z.number(),
    halfOpenSuccesses: z.number(),
    countNetworkErrors: z.boolean(),
  }),
  concurrencyLimit: z.number().nullable(),
  limits: limitsSchema,
  acceptedFormats: z.array(z.enum(PROTOCOL_IDS)),
  health: providerHealthSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Provider = z.infer<typeof providerSchema>;

export const providerListSchema = z.object({ items: z.array(providerSchema) });

export const providerTestBody = z
  .object({ model: z.string().min(1).optional().describe('Defaults to a small model of the provider type') })
  .optional();
export type ProviderTestInput = z.input<typeof providerTestBody>;

export const providerTestResult = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable().describe('Upstream HTTP status; null when it was not reached'),
  latencyMs: z.number(),
  model: z.string(),
  errorClass: z.string().nullable(),
  message: z.string().nullable(),
});
export type ProviderTestResult = z.infer<typeof providerTestResult>;
