import {
  availabilitySchema,
  type AvailabilityWindow,
  type StatusPageConfig,
  statusPageConfigSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export type {
  AvailabilityState,
  AvailabilityWindow,
  ProviderAvailability,
  StatusPageConfig,
  StatusPageEntry,
} from '@cch/contract';
export { AVAILABILITY_WINDOWS } from '@cch/contract';

export function availabilityQueryOptions(window: AvailabilityWindow) {
  return queryOptions({
    queryKey: ['availability', window] as const,
    queryFn: ({ signal }) => apiRequest(`/admin/availability?window=${window}`, { schema: availabilitySchema, signal }),
    refetchInterval: 60_000,
  });
}

const statusPageKey = ['status-page'] as const;

export function statusPageQueryOptions() {
  return queryOptions({
    queryKey: statusPageKey,
    queryFn: ({ signal }) => apiRequest('/admin/status-page', { schema: statusPageConfigSchema, signal }),
  });
}

export function useSaveStatusPageMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (config: StatusPageConfig) =>
      apiRequest('/admin/status-page', { method: 'PUT', body: config, schema: statusPageConfigSchema }),
    onSuccess: (config) => queryClient.setQueryData(statusPageKey, config),
  });
}
