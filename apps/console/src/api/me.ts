import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { apiKeySchema, keyListSchema } from './keys';
import { usageSchema } from './quota';
import { type StatsPeriod, statsTotalsSchema } from './stats';
import { userSchema } from './users';

const meSchema = z.object({
  role: z.enum(['admin', 'user']),
  name: z.string(),
  user: userSchema.nullable(),
  key: apiKeySchema.nullable(),
});
export type Me = z.infer<typeof meSchema>;

const meUsageSchema = z.object({ user: usageSchema.nullable(), key: usageSchema.nullable() });
export type MeUsage = z.infer<typeof meUsageSchema>;

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

const meStatsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  user: statsTotalsSchema,
  key: statsTotalsSchema,
});
export type MeStats = z.infer<typeof meStatsSchema>;

export function meStatsQueryOptions(period: StatsPeriod) {
  return queryOptions({
    queryKey: [...meKeys.all, 'stats', period] as const,
    queryFn: ({ signal }) => apiRequest(`/admin/me/stats?period=${period}`, { schema: meStatsSchema, signal }),
    refetchInterval: 60_000,
  });
}
