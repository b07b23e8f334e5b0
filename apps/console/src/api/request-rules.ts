import {
  type ClientVersionRuleInput,
  clientVersionRuleListSchema,
  clientVersionRuleSchema,
  okSchema,
  type ProviderOverrideInput,
  providerOverrideSchema,
  type RequestFilterInput,
  requestFilterListSchema,
  requestFilterSchema,
  type SensitiveWordInput,
  sensitiveWordListSchema,
  sensitiveWordSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ZodType } from 'zod';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export {
  CACHE_TTLS,
  KNOWN_CLIENT_IDS,
  KNOWN_CLIENTS,
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  REQUEST_FILTER_SCOPES,
} from '@cch/contract';
export type {
  ClientVersionRule,
  ClientVersionRuleInput,
  ProviderOverride,
  ProviderOverrideInput,
  RequestFilter,
  RequestFilterInput,
  SensitiveWord,
  SensitiveWordInput,
} from '@cch/contract';

export const requestRuleKeys = {
  all: ['request-rules'] as const,
  filters: () => [...requestRuleKeys.all, 'filters'] as const,
  words: () => [...requestRuleKeys.all, 'words'] as const,
  versions: () => [...requestRuleKeys.all, 'versions'] as const,
  override: (providerId: string) => [...requestRuleKeys.all, 'override', providerId] as const,
};

export function requestFiltersQueryOptions() {
  return queryOptions({
    queryKey: requestRuleKeys.filters(),
    queryFn: ({ signal }) =>
      apiRequest('/admin/request-filters', { schema: requestFilterListSchema, signal }).then((r) => r.items),
  });
}

export function sensitiveWordsQueryOptions() {
  return queryOptions({
    queryKey: requestRuleKeys.words(),
    queryFn: ({ signal }) =>
      apiRequest('/admin/sensitive-words', { schema: sensitiveWordListSchema, signal }).then((r) => r.items),
  });
}

export function clientVersionRulesQueryOptions() {
  return queryOptions({
    queryKey: requestRuleKeys.versions(),
    queryFn: ({ signal }) =>
      apiRequest('/admin/client-version-rules', { schema: clientVersionRuleListSchema, signal }).then((r) => r.items),
  });
}

export function providerOverrideQueryOptions(providerId: string) {
  return queryOptions({
    queryKey: requestRuleKeys.override(providerId),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/providers/${encodeURIComponent(providerId)}/overrides`, {
        schema: providerOverrideSchema,
        signal,
      }),
  });
}

/** Create (no id), replace (id) and delete mutations of one rule collection. */
function useRuleMutations<Input, Rule>(base: string, schema: ZodType<Rule>) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: requestRuleKeys.all });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Input }) =>
      apiRequest(id ? `${base}/${encodeURIComponent(id)}` : base, {
        method: id ? 'PUT' : 'POST',
        body: input,
        schema,
      }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiRequest(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess,
  });
  return { save, remove };
}

export const useRequestFilterMutations = () =>
  useRuleMutations<RequestFilterInput, unknown>('/admin/request-filters', requestFilterSchema);
export const useSensitiveWordMutations = () =>
  useRuleMutations<SensitiveWordInput, unknown>('/admin/sensitive-words', sensitiveWordSchema);
export const useClientVersionRuleMutations = () =>
  useRuleMutations<ClientVersionRuleInput, unknown>('/admin/client-version-rules', clientVersionRuleSchema);

export function useSaveProviderOverrideMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ providerId, input }: { providerId: string; input: ProviderOverrideInput }) =>
      apiRequest(`/admin/providers/${encodeURIComponent(providerId)}/overrides`, {
        method: 'PUT',
        body: input,
        schema: providerOverrideSchema,
      }),
    onSuccess: (_data, { providerId }) =>
      queryClient.invalidateQueries({ queryKey: requestRuleKeys.override(providerId) }),
  });
}
