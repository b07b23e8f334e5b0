import { usageSchema } from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { LIMIT_KINDS } from '@cch/contract';
export type { LimitKind, Usage, UsageEntry } from '@cch/contract';

export type QuotaSubject = { kind: 'user' | 'key'; id: string };

const pathOf = ({ kind, id }: QuotaSubject) =>
  `/admin/${kind === 'user' ? 'users' : 'keys'}/${encodeURIComponent(id)}/usage`;

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
    mutationFn: (subject: QuotaSubject) =>
      apiRequest(`${pathOf(subject)}/reset`, { method: 'POST', schema: usageSchema }),
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
