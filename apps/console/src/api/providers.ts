import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { usageSchema } from './quota';
import { type LimitsPatch, limitsSchema } from './users';

/** The gateway's provider types and the client protocols a provider can accept (mirrors @cch/core). */
export const PROVIDER_TYPES = ['claude', 'claude-auth', 'codex', 'openai-compatible', 'gemini', 'gemini-cli'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export const PROTOCOL_IDS = ['anthropic', 'openai-chat', 'openai-responses', 'gemini', 'gemini-cli'] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];
export const REDIRECT_MATCHES = ['exact', 'prefix', 'regex'] as const;
export type RedirectMatch = (typeof REDIRECT_MATCHES)[number];

const redirectSchema = z.object({ match: z.enum(REDIRECT_MATCHES), pattern: z.string(), target: z.string() });
export type ModelRedirect = z.infer<typeof redirectSchema>;

export const breakerStatusSchema = z.enum(['closed', 'open', 'half-open']);
export type BreakerStatus = z.infer<typeof breakerStatusSchema>;

export const providerHealthSchema = z.object({
  status: breakerStatusSchema,
  failures: z.number(),
  /** Why the breaker last opened. */
  reason: z.string().nullable(),
  openedAt: z.string().nullable(),
  openUntil: z.string().nullable(),
  /** An upstream 429 asked the gateway to wait. */
  coolingDown: z.boolean(),
});
export type ProviderHealth = z.infer<typeof providerHealthSchema>;

const timeoutsSchema = z.object({ connectMs: z.number(), firstByteMs: z.number(), streamIdleMs: z.number(), totalMs: z.number() });
export type ProviderTimeouts = z.infer<typeof timeoutsSchema>;
const breakerSchema = z.object({
  failureThreshold: z.number(),
  openDurationMs: z.number(),
  halfOpenSuccesses: z.number(),
  countNetworkErrors: z.boolean(),
});
export type BreakerSettings = z.infer<typeof breakerSchema>;

export const providerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PROVIDER_TYPES),
  baseUrl: z.string(),
  /** Masked (`sk-…abcd`); the key itself is never returned. */
  apiKeyPreview: z.string(),
  enabled: z.boolean(),
  weight: z.number(),
  priority: z.number(),
  groups: z.array(z.string()),
  costMultiplier: z.string(),
  modelRedirects: z.array(redirectSchema),
  allowedModels: z.array(z.string()),
  allowedClients: z.array(z.string()),
  blockedClients: z.array(z.string()),
  activeHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  proxyUrl: z.string().nullable(),
  proxyFallbackToDirect: z.boolean(),
  customHeaders: z.record(z.string(), z.string()),
  timeouts: timeoutsSchema,
  retryBudget: z.number(),
  circuitBreaker: breakerSchema,
  concurrencyLimit: z.number().nullable(),
  limits: limitsSchema,
  acceptedFormats: z.array(z.enum(PROTOCOL_IDS)),
  health: providerHealthSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Provider = z.infer<typeof providerSchema>;

const providerListSchema = z.object({ items: z.array(providerSchema) });
const okSchema = z.object({ ok: z.literal(true) });

export const providerTestResultSchema = z.object({
  ok: z.boolean(),
  /** Upstream HTTP status; null when the upstream was not reached. */
  status: z.number().nullable(),
  latencyMs: z.number(),
  model: z.string(),
  errorClass: z.string().nullable(),
  message: z.string().nullable(),
});
export type ProviderTestResult = z.infer<typeof providerTestResultSchema>;

/** Everything a create or update may send. Create needs name, type, baseUrl and apiKey; the rest is defaulted. */
export interface ProviderInput {
  name: string;
  type: ProviderType;
  baseUrl: string;
  /** Write-only. Omitted on update to keep the stored key. */
  apiKey?: string;
  enabled?: boolean;
  weight?: number;
  priority?: number;
  groups?: string[];
  costMultiplier?: string;
  modelRedirects?: ModelRedirect[];
  allowedModels?: string[];
  allowedClients?: string[];
  blockedClients?: string[];
  activeHours?: { start: string; end: string } | null;
  proxyUrl?: string | null;
  proxyFallbackToDirect?: boolean;
  customHeaders?: Record<string, string>;
  timeouts?: Partial<ProviderTimeouts>;
  retryBudget?: number;
  circuitBreaker?: Partial<BreakerSettings>;
  concurrencyLimit?: number | null;
  limits?: LimitsPatch;
  acceptedFormats?: ProtocolId[];
}

export const providerKeys = {
  all: ['providers'] as const,
  list: () => [...providerKeys.all, 'list'] as const,
  detail: (id: string) => [...providerKeys.all, 'detail', id] as const,
  usage: (id: string) => [...providerKeys.all, 'usage', id] as const,
};

const pathOf = (id: string) => `/admin/providers/${encodeURIComponent(id)}`;

export function providersQueryOptions() {
  return queryOptions({
    queryKey: providerKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/providers', { schema: providerListSchema, signal }).then((r) => r.items),
    // Health and breaker state change on their own: keep the list fresh while it is open.
    refetchInterval: 15_000,
  });
}

export function providerUsageQueryOptions(id: string) {
  return queryOptions({
    queryKey: providerKeys.usage(id),
    queryFn: ({ signal }) => apiRequest(`${pathOf(id)}/usage`, { schema: usageSchema, signal }),
    refetchInterval: 30_000,
  });
}

/** Replaces one provider in the cached list (a mutation answered with the fresh provider). */
function useStoreProvider() {
  const queryClient = useQueryClient();
  return async (provider: Provider) => {
    queryClient.setQueryData(providerKeys.detail(provider.id), provider);
    queryClient.setQueryData<Provider[]>(providerKeys.list(), (list) => list?.map((p) => (p.id === provider.id ? provider : p)));
    await queryClient.invalidateQueries({ queryKey: providerKeys.all });
  };
}

export function useCreateProviderMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProviderInput) => apiRequest('/admin/providers', { method: 'POST', body: input, schema: providerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerKeys.all }),
  });
}

export function useUpdateProviderMutation() {
  const store = useStoreProvider();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<ProviderInput> }) =>
      apiRequest(pathOf(id), { method: 'PATCH', body: patch, schema: providerSchema }),
    onSuccess: store,
  });
}

export function useDeleteProviderMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(pathOf(id), { method: 'DELETE', schema: okSchema }),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: providerKeys.detail(id) });
      queryClient.removeQueries({ queryKey: providerKeys.usage(id) });
      return queryClient.invalidateQueries({ queryKey: providerKeys.list() });
    },
  });
}

export function useResetCircuitMutation() {
  const store = useStoreProvider();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`${pathOf(id)}/circuit/reset`, { method: 'POST', schema: providerSchema }),
    onSuccess: store,
  });
}

/** Sends one tiny real request upstream. Not cached: every click is a new probe. */
export function useTestProviderMutation() {
  return useMutation({
    mutationFn: ({ id, model }: { id: string; model?: string }) =>
      apiRequest(`${pathOf(id)}/test`, { method: 'POST', body: model ? { model } : {}, schema: providerTestResultSchema }),
  });
}
