import { requestBodiesSchema, type SessionListQuery, sessionListSchema, sessionRequestPageSchema } from '@cch/contract';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export type { RequestBodies, Session, SessionRequest, SessionScope } from '@cch/contract';

/** How often the list refreshes. */
export const SESSIONS_REFRESH_MS = 5_000;
const PAGE_SIZE = 50;

/** What the list is narrowed to: live or recent (last 24 h), and whose sessions. */
export type SessionFilters = Partial<Pick<SessionListQuery, 'scope' | 'userId' | 'keyId' | 'providerId'>>;

export const sessionKeys = {
  all: ['sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (filters: SessionFilters = {}) => [...sessionKeys.lists(), filters] as const,
  requests: (id: string) => [...sessionKeys.all, 'requests', id] as const,
  bodies: (requestId: string) => [...sessionKeys.all, 'bodies', requestId] as const,
};

function listQuery(filters: SessionFilters): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, value);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

export function sessionsQueryOptions(filters: SessionFilters = {}) {
  return queryOptions({
    queryKey: sessionKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/sessions${listQuery(filters)}`, { schema: sessionListSchema, signal }).then((r) => r.items),
    refetchInterval: SESSIONS_REFRESH_MS,
    staleTime: 0,
  });
}

/** A session's requests in the conversation's order (oldest first), page after page. */
export function sessionRequestsQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: sessionKeys.requests(id),
    queryFn: ({ signal, pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), order: 'asc' });
      if (pageParam !== null) query.set('cursor', String(pageParam));
      return apiRequest(`/admin/sessions/${encodeURIComponent(id)}/requests?${query}`, {
        schema: sessionRequestPageSchema,
        signal,
      });
    },
    // Safe: widens the literal null to the cursor type the later pages use.
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: SESSIONS_REFRESH_MS,
  });
}

/** The stored request and response of one request (they never change once written). */
export function requestBodiesQueryOptions(requestId: string) {
  return queryOptions({
    queryKey: sessionKeys.bodies(requestId),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/requests/${encodeURIComponent(requestId)}/bodies`, { schema: requestBodiesSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
