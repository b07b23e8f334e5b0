import { auditPageSchema } from '@cch/contract';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { apiRequest } from './client';

export type { AuditEntry } from '@cch/contract';

export interface AuditFilters {
  /** An action or its prefix (provider, user, key …); '' for all. */
  action: string;
  actor: string;
  /** Local days, `YYYY-MM-DD`; '' for open-ended. */
  fromDay: string;
  toDay: string;
}

const PAGE_SIZE = 50;

const localMidnight = (day: string, days = 0) => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days);
};

/** The query string of a page of the audit log for these filters. */
export function auditSearch(filters: AuditFilters, cursor: number | null): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.action !== '') query.set('action', filters.action);
  if (filters.actor.trim() !== '') query.set('actor', filters.actor.trim());
  if (filters.fromDay !== '') query.set('from', localMidnight(filters.fromDay).toISOString());
  if (filters.toDay !== '') query.set('to', localMidnight(filters.toDay, 1).toISOString());
  if (cursor !== null) query.set('cursor', String(cursor));
  return query.toString();
}

export function auditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', filters] as const,
    queryFn: ({ signal, pageParam }) =>
      apiRequest(`/admin/audit-log?${auditSearch(filters, pageParam)}`, { schema: auditPageSchema, signal }),
    // Safe: widens the literal null to the cursor type the later pages use.
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}
