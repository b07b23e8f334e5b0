import {
  EXPORT_CONTENT_TYPE,
  importResultSchema,
  purgePreviewSchema,
  purgeResultSchema,
  retentionStatusSchema,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

export type { ImportResult, RetentionStatus } from '@cch/contract';

export const dataKeys = {
  all: ['data'] as const,
  retention: () => [...dataKeys.all, 'retention'] as const,
  purgePreview: (olderThan: string) => [...dataKeys.all, 'purge-preview', olderThan] as const,
};

export interface ExportChoice {
  includeLogs: boolean;
  /** Local calendar days, `YYYY-MM-DD`; '' leaves that end open. */
  fromDay: string;
  toDay: string;
}

/** Local midnight of a `YYYY-MM-DD` day, `days` later. */
export function localMidnight(day: string, days = 0): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days);
}

/** The export's download address (the browser sends the session cookie with it). */
export function exportUrl(choice: ExportChoice): string {
  if (!choice.includeLogs) return '/admin/data/export';
  const query = new URLSearchParams({ logs: 'true' });
  if (choice.fromDay !== '') query.set('from', localMidnight(choice.fromDay).toISOString());
  if (choice.toDay !== '') query.set('to', localMidnight(choice.toDay, 1).toISOString());
  return `/admin/data/export?${query.toString()}`;
}

export function retentionQueryOptions() {
  return queryOptions({
    queryKey: dataKeys.retention(),
    queryFn: ({ signal }) => apiRequest('/admin/data/retention', { schema: retentionStatusSchema, signal }),
  });
}

/** How many request logs a purge before `olderThan` (ISO) would delete. */
export function purgePreviewQueryOptions(olderThan: string) {
  return queryOptions({
    queryKey: dataKeys.purgePreview(olderThan),
    queryFn: ({ signal }) =>
      apiRequest(`/admin/data/logs/purge-preview?olderThan=${encodeURIComponent(olderThan)}`, {
        schema: purgePreviewSchema,
        signal,
      }),
    enabled: olderThan !== '',
  });
}

/** Uploads an export file: a preview when `dryRun`, else the import itself. */
export function useImportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: Blob; dryRun: boolean }) =>
      apiRequest(`/admin/data/import?dryRun=${dryRun}`, {
        method: 'POST',
        file: { data: file, type: EXPORT_CONTENT_TYPE },
        schema: importResultSchema,
      }),
    // a real import changes every resource: refetch whatever the console shows
    onSuccess: (result) => (result.applied ? queryClient.invalidateQueries() : undefined),
  });
}

export function usePurgeLogsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (olderThan: string) =>
      apiRequest('/admin/data/logs/purge', { method: 'POST', body: { olderThan }, schema: purgeResultSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dataKeys.all }),
  });
}
