import { keyListSchema, meSchema, meStatsSchema, meUsageSchema, type StatsPeriod } from '@cch/contract';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export type { Me, MeStats, MeUsage } from '@cch/contract';

export const meKeys = {
  all: ['me'] as const,
  profile: () => [...meKeys.all, 'profile'] as const,
  usage: () => [...meKeys.all, 'usage'] as const,
  keys: () => [...meKeys.all, 'keys'] as const,
};

export function meQueryOptions() {
  return queryOptions({
    queryKey: meKeys.profile(),
    queryFn: ({ signal }) => apiRequest('/admin/me', { schema: meSchema, signal }),
  });
}

export function meUsageQueryOptions() {
  return queryOptions({
    queryKey: meKeys.usage(),
    queryFn: ({ signal }) => apiRequest('/admin/me/usage', { schema: meUsageSchema, signal }),
    refetchInterval: 30_000,
  });
}

export function meKeysQueryOptions() {
  return queryOptions({
    queryKey: meKeys.keys(),
    queryFn: ({ signal }) => apiRequest('/admin/me/keys', { schema: keyListSchema, signal }).then((r) => r.items),
  });
}

export function meStatsQueryOptions(period: StatsPeriod) {
  return queryOptions({
    queryKey: [...meKeys.all, 'stats', period] as const,
    queryFn: ({ signal }) => apiRequest(`/admin/me/stats?period=${period}`, { schema: meStatsSchema, signal }),
    refetchInterval: 60_000,
  });
}
