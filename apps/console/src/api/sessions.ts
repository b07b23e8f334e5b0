import { logPageSchema, sessionListSchema } from '@cch/contract';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export type { LogSummary as SessionRequest, Session } from '@cch/contract';

/** How often the live list refreshes. */
export const SESSIONS_REFRESH_MS = 5_000;
const PAGE_SIZE = 50;

export const sessionKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
  requests: (id: string) => [...sessionKeys.all, 'requests', id] as const,
};

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/sessions', { schema: sessionListSchema, signal }).then((r) => r.items),
    refetchInterval: SESSIONS_REFRESH_MS,
    staleTime: 0,
  });
}

export function sessionRequestsQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: sessionKeys.requests(id),
    queryFn: ({ signal, pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam !== null) query.set('cursor', String(pageParam));
      return apiRequest(`/admin/sessions/${encodeURIComponent(id)}/requests?${query}`, {
        schema: logPageSchema,
        signal,
      });
    },
    // Safe: widens the literal null to the cursor type the later pages use.
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: SESSIONS_REFRESH_MS,
  });
}
