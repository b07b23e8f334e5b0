import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

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
export function logQuery(filters: LogFilters, now: number, page: { limit?: number; cursor?: number | null } = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.range && filters.range !== 'all') query.set('from', new Date(now - RANGE_MS[filters.range]).toISOString());
  if (filters.userId) query.set('userId', filters.userId);
  if (filters.keyId) query.set('keyId', filters.keyId);
  if (filters.providerId) query.set('providerId', filters.providerId);
  if (filters.model) query.set('model', filters.model);
  if (filters.status) query.set('statusClass', filters.status.charAt(0));
  if (filters.sessionId) query.set('sessionId', filters.sessionId);
  if (page.limit !== undefined) query.set('limit', String(page.limit));
  if (page.cursor !== undefined && page.cursor !== null) query.set('cursor', String(page.cursor));
  return query;
}

/** The CSV export of everything the filters match (the browser downloads it with the session cookie). */
export function logsCsvUrl(filters: LogFilters, now: number): string {
  const query = logQuery(filters, now).toString();
  return query === '' ? '/admin/logs.csv' : `/admin/logs.csv?${query}`;
}

/** One request as the list shows it. */
export const logSummarySchema = z.object({
  id: z.number(),
  createdAt: z.string(),
  requestId: z.string(),
  userId: z.string().nullable(),
  keyId: z.string().nullable(),
  providerId: z.string().nullable(),
  sessionId: z.string().nullable(),
  protocol: z.string(),
  endpoint: z.string(),
  method: z.string(),
  requestedModel: z.string(),
  upstreamModel: z.string().nullable(),
  billedModel: z.string().nullable(),
  statusCode: z.number(),
  errorClass: z.string().nullable(),
  errorMessage: z.string().nullable(),
  durationMs: z.number(),
  ttfbMs: z.number().nullable(),
  isStream: z.boolean(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  cacheWrite5mTokens: z.number(),
  cacheWrite1hTokens: z.number(),
  reasoningTokens: z.number(),
  costUsd: z.string(),
  costMultiplier: z.string(),
});
export type LogSummary = z.infer<typeof logSummarySchema>;

const logPageSchema = z.object({ items: z.array(logSummarySchema), nextCursor: z.number().nullable() });
export type LogPage = z.infer<typeof logPageSchema>;

/** One upstream attempt of the decision chain (core `Attempt`). */
const attemptSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  reason: z.string(),
  retry: z.number().catch(0),
  priority: z.number().optional().catch(undefined),
  weight: z.number().optional().catch(undefined),
  circuit: z.string().optional().catch(undefined),
  upstreamModel: z.string().nullable().optional().catch(null),
  status: z.number().nullable().catch(null),
  errorClass: z.string().nullable().catch(null),
  errorMessage: z.string().nullable().optional().catch(null),
  durationMs: z.number().catch(0),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** One filter step of a selection round (core `FilterStep`). */
const filterStepSchema = z.object({
  step: z.string(),
  kept: z.number(),
  dropped: z.array(z.object({ providerId: z.string(), providerName: z.string(), reason: z.string() })).catch([]),
});
export type FilterStep = z.infer<typeof filterStepSchema>;

/**
 * The decision chain is stored as JSON the API does not type; parse it leniently so an older or
 * partial row still opens (anything unreadable becomes "no steps").
 */
export const decisionChainSchema = z
  .object({
    attempts: z.array(attemptSchema).catch([]),
    rounds: z.array(z.array(filterStepSchema)).catch([]),
    session: z.object({ id: z.string(), source: z.string() }).nullable().catch(null),
  })
  .catch({ attempts: [], rounds: [], session: null });
export type DecisionChain = z.infer<typeof decisionChainSchema>;

/** USD per part; each part already includes the provider's cost multiplier. */
export const COST_PARTS = ['inputUsd', 'outputUsd', 'cacheReadUsd', 'cacheWrite5mUsd', 'cacheWrite1hUsd', 'requestUsd'] as const;
export type CostPart = (typeof COST_PARTS)[number];
const costBreakdownSchema = z.partialRecord(z.enum(COST_PARTS), z.string()).catch({});

export const logDetailSchema = logSummarySchema.extend({
  costBreakdown: costBreakdownSchema,
  decisionChain: decisionChainSchema,
  userAgent: z.string().nullable(),
  clientIp: z.string().nullable(),
  requestBody: z.string().nullable(),
  responseBody: z.string().nullable(),
});
export type LogDetail = z.infer<typeof logDetailSchema>;

export const logKeys = {
  all: ['logs'] as const,
  lists: () => [...logKeys.all, 'list'] as const,
  list: (filters: LogFilters) => [...logKeys.lists(), filters] as const,
  detail: (id: number) => [...logKeys.all, 'detail', id] as const,
};

export function logsQueryOptions(filters: LogFilters, { live = false }: { live?: boolean } = {}) {
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
    refetchInterval: live ? LOGS_LIVE_REFRESH_MS : false,
  });
}

export function logQueryOptions(id: number) {
  return queryOptions({
    queryKey: logKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/admin/logs/${id}`, { schema: logDetailSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY, // a written log row never changes
  });
}
