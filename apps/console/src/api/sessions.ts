import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

/** A live session (seen within SESSION_TTL) with its request-log aggregates. */
export const sessionSchema = z.object({
  id: z.string(),
  lastSeenAt: z.string(),
  /** The provider the session is sticky to right now. */
  boundProviderId: z.string().nullable(),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  /** Provider of the latest logged request. */
  providerId: z.string().nullable(),
  requests: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  costUsd: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

const sessionListSchema = z.object({ items: z.array(sessionSchema) });

/** The request-log fields the session drawer shows (the API sends more; zod drops the rest). */
export const sessionRequestSchema = z.object({
  id: z.number(),
  createdAt: z.string(),
  providerId: z.string().nullable(),
  requestedModel: z.string(),
  upstreamModel: z.string().nullable(),
  statusCode: z.number(),
  errorClass: z.string().nullable(),
  durationMs: z.number(),
  isStream: z.boolean(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  costUsd: z.string(),
});
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

const sessionRequestPageSchema = z.object({ items: z.array(sessionRequestSchema), nextCursor: z.number().nullable() });

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
      return apiRequest(`/admin/sessions/${encodeURIComponent(id)}/requests?${query}`, { schema: sessionRequestPageSchema, signal });
    },
    // Safe: widens the literal null to the cursor type the later pages use.
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: SESSIONS_REFRESH_MS,
  });
}
