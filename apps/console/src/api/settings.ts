import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

/** Every stored setting: name → any JSON value. */
export const settingsSchema = z.record(z.string(), z.json());
export type Settings = z.infer<typeof settingsSchema>;
export type SettingValue = Settings[string];

/** Configuration the gateway's environment fixes at start (read-only in the console). */
export const environmentSchema = z.object({
  billedModel: z.enum(['requested', 'redirected']),
  logRetentionDays: z.number().int(),
  storeBodies: z.boolean(),
  priceSyncUrl: z.string(),
  priceSyncIntervalHours: z.number(),
  sessionTtlSeconds: z.number().int(),
  maxProvidersPerRequest: z.number().int(),
  interceptWarmup: z.boolean(),
  timeZone: z.string(),
  database: z.enum(['postgres', 'pglite']),
  redis: z.boolean(),
});
export type Environment = z.infer<typeof environmentSchema>;

/** The one setting the gateway reads today: a fixed USD amount reserved per request at admission. */
export const RESERVE_USD_SETTING = 'limits.reserveUsd';

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
    mutationFn: (patch: Settings) => apiRequest('/admin/settings', { method: 'PUT', body: patch, schema: settingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.stored(), settings),
  });
}
