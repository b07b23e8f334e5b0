import { type LogPage, logDetailViewSchema, logPageSchema } from '@cch/contract';
import { type InfiniteData, infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { COST_PARTS } from '@cch/contract';
export type {
  Attempt,
  CostPart,
  DecisionChain,
  DecisionSummary,
  FilterStep,
  LogDetail,
  LogPage,
  LogSummary,
} from '@cch/contract';

/** Time windows the log filter offers (a rolling window ending now); `all` sends no `from`. */
export const LOG_RANGES = ['1h', '24h', '7d', '30d', 'all'] as const;
export type LogRange = (typeof LOG_RANGES)[number];
const RANGE_MS = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 } as const;

/** Status classes the API filters by (`statusClass=2` is 2xx). */
export const STATUS_CLASSES = ['2xx', '4xx', '5xx'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** The log filters, as kept in the page URL. Absent means "any". */
export const logFiltersSchema = z.object({
  range: z.enum(LOG_RANGES).optional().catch(undefined),
  userId: z.string().min(1).optional().catch(undefined),
  keyId: z.string().min(1).optional().catch(undefined),
  providerId: z.string().min(1).optional().catch(undefined),
  model: z.string().min(1).optional().catch(undefined),
  status: z.enum(STATUS_CLASSES).optional().catch(undefined),
  sessionId: z.string().min(1).optional().catch(undefined),
});
export type LogFilters = z.infer<typeof logFiltersSchema>;

export const LOG_PAGE_SIZE = 50;
/** How often "live" mode refetches. */
export const LOGS_LIVE_REFRESH_MS = 3_000;

/** The API query string for `filters`: the time range becomes `from` relative to `now`. */
export function logQuery(
  filters: LogFilters,
  now: number,
  page: { limit?: number; cursor?: number | null; after?: number } = {},
): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.range && filters.range !== 'all')
    query.set('from', new Date(now - RANGE_MS[filters.range]).toISOString());
  if (filters.userId) query.set('userId', filters.userId);
  if (filters.keyId) query.set('keyId', filters.keyId);
  if (filters.providerId) query.set('providerId', filters.providerId);
  if (filters.model) query.set('model', filters.model);
  if (filters.status) query.set('statusClass', filters.status.charAt(0));
  if (filters.sessionId) query.set('sessionId', filters.sessionId);
  if (page.limit !== undefined) query.set('limit', String(page.limit));
  if (page.cursor !== undefined && page.cursor !== null) query.set('cursor', String(page.cursor));
  if (page.after !== undefined) query.set('after', String(page.after));
  return query;
}

/** The CSV export of everything the filters match (the browser downloads it with the session cookie). */
export function logsCsvUrl(filters: LogFilters, now: number): string {
  const query = logQuery(filters, now).toString();
  return query === '' ? '/admin/logs.csv' : `/admin/logs.csv?${query}`;
}

export const logKeys = {
  all: ['logs'] as const,
  lists: () => [...logKeys.all, 'list'] as const,
  list: (filters: LogFilters) => [...logKeys.lists(), filters] as const,
  detail: (id: number) => [...logKeys.all, 'detail', id] as const,
};

export function logsQueryOptions(filters: LogFilters) {
  return infiniteQueryOptions({
    queryKey: logKeys.list(filters),
    queryFn: ({ signal, pageParam }) =>
      apiRequest(`/admin/logs?${logQuery(filters, Date.now(), { limit: LOG_PAGE_SIZE, cursor: pageParam })}`, {
        schema: logPageSchema,
        signal,
      }),
    // Safe: widens the literal null to the cursor type the later pages use.
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

type LogPages = InfiniteData<LogPage, number | null>;

/**
 * One live-refresh tick: asks only for the rows newer than the newest one shown and puts them on
 * top of the first page. When more arrived than one page holds, the list starts over instead of
 * leaving a gap.
 */
export async function fetchNewerLogs(queryClient: QueryClient, filters: LogFilters, signal?: AbortSignal) {
  const key = logKeys.list(filters);
  const shown = queryClient.getQueryData<LogPages>(key);
  if (shown === undefined) return 0;
  const newest = shown.pages[0]?.items[0]?.id ?? 0;
  const query = logQuery(filters, Date.now(), { limit: LOG_PAGE_SIZE, after: newest });
  const fresh = await apiRequest(`/admin/logs?${query}`, { schema: logPageSchema, signal });
  if (fresh.nextCursor !== null) {
    await queryClient.resetQueries({ queryKey: key, exact: true });
    return fresh.items.length;
  }
  if (fresh.items.length === 0) return 0;
  queryClient.setQueryData<LogPages>(key, (old) => {
    const [first, ...rest] = old?.pages ?? [];
    if (!old || !first) return old;
    const known = new Set(first.items.map((row) => row.id));
    const added = fresh.items.filter((row) => !known.has(row.id));
    return { ...old, pages: [{ ...first, items: [...added, ...first.items] }, ...rest] };
  });
  return fresh.items.length;
}

/** While `live`, polls for new rows every {@link LOGS_LIVE_REFRESH_MS}; `isFetching` drives the spinner. */
export function liveLogsQueryOptions(queryClient: QueryClient, filters: LogFilters, live: boolean) {
  return queryOptions({
    queryKey: [...logKeys.list(filters), 'newer'] as const,
    queryFn: ({ signal }) => fetchNewerLogs(queryClient, filters, signal),
    enabled: live,
    refetchInterval: live ? LOGS_LIVE_REFRESH_MS : false,
    gcTime: 0,
  });
}

export function logQueryOptions(id: number) {
  return queryOptions({
    queryKey: logKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/admin/logs/${id}`, { schema: logDetailViewSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY, // a written log row never changes
  });
}
