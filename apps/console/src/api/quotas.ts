import { type QuotaOverview, quotaOverviewSchema } from '@cch/contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

export type { QuotaOverview, QuotaOverviewRow } from '@cch/contract';
export type QuotaSort = 'closest' | 'reset' | 'name';
export type QuotaKindFilter = 'all' | 'user' | 'key';

export interface QuotaFilters {
  kind: QuotaKindFilter;
  sort: QuotaSort;
  q: string;
}

export const QUOTAS_REFRESH_MS = 30_000;

function search(filters: QuotaFilters): string {
  const params = new URLSearchParams({ sort: filters.sort });
  if (filters.kind !== 'all') params.set('kind', filters.kind);
  if (filters.q.trim() !== '') params.set('q', filters.q.trim());
  return params.toString();
}

export function quotasQueryOptions(filters: QuotaFilters) {
  return queryOptions({
    queryKey: ['quotas', filters] as const,
    queryFn: ({ signal }): Promise<QuotaOverview> =>
      apiRequest(`/admin/quotas?${search(filters)}`, { schema: quotaOverviewSchema, signal }),
    refetchInterval: QUOTAS_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
