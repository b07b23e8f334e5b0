import {
  type ErrorRuleInput,
  type ErrorRulePatch,
  type ErrorRuleTestInput,
  errorRuleListSchema,
  errorRuleSchema,
  errorRuleTestResultSchema,
  okSchema,
  type RectifierInput,
  type Rectifier,
  rectifierListSchema,
  rectifierSettingSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export type { ErrorRule, ErrorRuleTestResult, RectifierSetting, Rectifier } from '@cch/contract';

export const errorRuleKeys = {
  all: ['error-rules'] as const,
  list: () => [...errorRuleKeys.all, 'list'] as const,
  rectifiers: () => [...errorRuleKeys.all, 'rectifiers'] as const,
};

export function errorRulesQueryOptions() {
  return queryOptions({
    queryKey: errorRuleKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/error-rules', { schema: errorRuleListSchema, signal }),
  });
}

export function rectifiersQueryOptions() {
  return queryOptions({
    queryKey: errorRuleKeys.rectifiers(),
    queryFn: ({ signal }) => apiRequest('/admin/rectifiers', { schema: rectifierListSchema, signal }),
  });
}

export function useCreateErrorRuleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ErrorRuleInput) =>
      apiRequest('/admin/error-rules', { method: 'POST', body: input, schema: errorRuleSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: errorRuleKeys.list() }),
  });
}

export function useUpdateErrorRuleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ErrorRulePatch }) =>
      apiRequest(`/admin/error-rules/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: patch,
        schema: errorRuleSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: errorRuleKeys.list() }),
  });
}

export function useDeleteErrorRuleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/admin/error-rules/${encodeURIComponent(id)}`, { method: 'DELETE', schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: errorRuleKeys.list() }),
  });
}

export function useTestErrorSampleMutation() {
  return useMutation({
    mutationFn: (input: ErrorRuleTestInput) =>
      apiRequest('/admin/error-rules/test', { method: 'POST', body: input, schema: errorRuleTestResultSchema }),
  });
}

export function useSetRectifierMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rectifier, input }: { rectifier: Rectifier; input: RectifierInput }) =>
      apiRequest(`/admin/rectifiers/${rectifier}`, { method: 'PUT', body: input, schema: rectifierSettingSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: errorRuleKeys.rectifiers() }),
  });
}
