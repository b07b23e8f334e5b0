import {
  type CreateProviderInput,
  okSchema,
  type Provider,
  providerListSchema,
  providerSchema,
  providerTestResult,
  type UpdateProviderInput,
  usageSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { BREAKER_STATUSES, PROTOCOL_IDS, PROVIDER_TYPES, REDIRECT_MATCHES } from '@cch/contract';
export type {
  BreakerSettings,
  BreakerStatus,
  CreateProviderInput,
  ModelRedirect,
  ProtocolId,
  Provider,
  ProviderHealth,
  ProviderTestResult,
  ProviderTimeouts,
  ProviderType,
  RedirectMatch,
  UpdateProviderInput,
} from '@cch/contract';

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
    queryFn: ({ signal }) =>
      apiRequest('/admin/providers', { schema: providerListSchema, signal }).then((r) => r.items),
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
    queryClient.setQueryData<Provider[]>(providerKeys.list(), (list) =>
      list?.map((p) => (p.id === provider.id ? provider : p)),
    );
    await queryClient.invalidateQueries({ queryKey: providerKeys.all });
  };
}

export function useCreateProviderMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProviderInput) =>
      apiRequest('/admin/providers', { method: 'POST', body: input, schema: providerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerKeys.all }),
  });
}

export function useUpdateProviderMutation() {
  const store = useStoreProvider();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateProviderInput }) =>
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
      apiRequest(`${pathOf(id)}/test`, {
        method: 'POST',
        body: model ? { model } : {},
        schema: providerTestResult,
      }),
  });
}
