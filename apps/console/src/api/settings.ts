import {
  environmentSchema,
  type RuntimeSettingsPatch,
  runtimeSettingsViewSchema,
  type Settings,
  settingsSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { RESERVE_USD_SETTING } from '@cch/contract';
export type { Environment, Settings, SettingValue } from '@cch/contract';

export const settingsKeys = {
  all: ['settings'] as const,
  stored: () => [...settingsKeys.all, 'stored'] as const,
  environment: () => [...settingsKeys.all, 'environment'] as const,
};

export function settingsQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.stored(),
    queryFn: ({ signal }) => apiRequest('/admin/settings', { schema: settingsSchema, signal }),
  });
}

export function environmentQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.environment(),
    queryFn: ({ signal }) => apiRequest('/admin/settings/environment', { schema: environmentSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Writes the given settings (others are kept); the response is every stored setting. */
export function useSaveSettingsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Settings) =>
      apiRequest('/admin/settings', { method: 'PUT', body: patch, schema: settingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.stored(), settings),
  });
}

export type { RuntimeSettingName, RuntimeSettings, RuntimeSettingsPatch, RuntimeSettingsView } from '@cch/contract';

export const runtimeSettingsKey = [...settingsKeys.all, 'runtime'] as const;

export function runtimeSettingsQueryOptions() {
  return queryOptions({
    queryKey: runtimeSettingsKey,
    queryFn: ({ signal }) => apiRequest('/admin/settings/runtime', { schema: runtimeSettingsViewSchema, signal }),
  });
}

/** Changes runtime settings on every gateway; null returns one to its `.env` value. */
export function useSaveRuntimeSettingsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: RuntimeSettingsPatch) =>
      apiRequest('/admin/settings/runtime', { method: 'PATCH', body: patch, schema: runtimeSettingsViewSchema }),
    onSuccess: (view) => {
      queryClient.setQueryData(runtimeSettingsKey, view);
      void queryClient.invalidateQueries({ queryKey: ['console-config'] });
    },
  });
}
