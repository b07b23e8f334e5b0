import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

interface QueryClientOptions {
  /** Called when any request reports 401 — the cookie session expired or was revoked. */
  onUnauthorized?: () => void;
}

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.isUnauthorized) options.onUnauthorized?.();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 4xx will not fix itself; retry only network and server errors.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
