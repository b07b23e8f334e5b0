import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export const limitKindSchema = z.enum(['rpm', 'concurrentSessions', 'usd5h', 'usdDaily', 'usdWeekly', 'usdMonthly', 'usdTotal']);
export type LimitKind = z.infer<typeof limitKindSchema>;

const usageEntrySchema = z.object({
  limit: limitKindSchema,
  name: z.string(),
  shape: z.string(),
  /** Epoch ms; null when the window never resets by itself (total). */
  resetAt: z.number().nullable(),
  exhausted: z.boolean(),
  unit: z.enum(['requests', 'sessions', 'usd']),
  /** USD limits: decimal strings. */
  current: z.union([z.number(), z.string()]),
  max: z.union([z.number(), z.string()]),
  /** Total limit: when an admin last reset it (null: never). */
  since: z.number().nullable().optional(),
});
export type UsageEntry = z.infer<typeof usageEntrySchema>;

export const usageSchema = z.object({
  subject: z.object({ kind: z.enum(['user', 'key', 'provider']), id: z.string() }),
  entries: z.array(usageEntrySchema),
});
export type Usage = z.infer<typeof usageSchema>;

export type QuotaSubject = { kind: 'user' | 'key'; id: string };

const pathOf = ({ kind, id }: QuotaSubject) => `/admin/${kind === 'user' ? 'users' : 'keys'}/${encodeURIComponent(id)}/usage`;

export const quotaKeys = {
  all: ['quota'] as const,
  subject: ({ kind, id }: QuotaSubject) => [...quotaKeys.all, kind, id] as const,
};

export function quotaQueryOptions(subject: QuotaSubject) {
  return queryOptions({
    queryKey: quotaKeys.subject(subject),
    queryFn: ({ signal }) => apiRequest(pathOf(subject), { schema: usageSchema, signal }),
    refetchInterval: 30_000,
  });
}

export function useResetUsageMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subject: QuotaSubject) => apiRequest(`${pathOf(subject)}/reset`, { method: 'POST', schema: usageSchema }),
    onSuccess: (usage, subject) => {
      queryClient.setQueryData(quotaKeys.subject(subject), usage);
      return queryClient.invalidateQueries({ queryKey: quotaKeys.subject(subject) });
    },
  });
}

/** A usage value as a number, for ratios and formatting (USD arrives as a decimal string). */
export function usageNumber(value: number | string): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}
