import { consoleConfigSchema } from '@cch/contract';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';

export type { ConsoleConfig } from '@cch/contract';

/** Site title and display currency (public: the login page shows the title too). */
export function consoleConfigQueryOptions() {
  return queryOptions({
    queryKey: ['console-config'] as const,
    queryFn: ({ signal }) => apiRequest('/admin/console-config', { schema: consoleConfigSchema, signal }),
    staleTime: 60_000,
    retry: false,
  });
}
