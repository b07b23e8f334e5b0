import type { QueryClient } from '@tanstack/react-query';
import type { RouterHistory } from '@tanstack/react-router';
import { clearSession } from './api/auth';
import { createQueryClient } from './api/query-client';
import { createAppRouter } from './router';
import type { AppRouter } from './router';

export interface AppInstance {
  queryClient: QueryClient;
  router: AppRouter;
}

/** Wires the query client and router together; `main.tsx` and tests both start here. */
export function createApp(options: { history?: RouterHistory } = {}): AppInstance {
  // The 401 handler needs the router, which needs the query client: late-bound on purpose.
  let router: AppRouter | undefined;
  const queryClient = createQueryClient({
    onUnauthorized: () => {
      clearSession(queryClient);
      if (!router || router.state.location.pathname === '/login') return;
      const here = router.state.location.href;
      void router.navigate({ to: '/login', search: here === '/' ? {} : { redirect: here }, replace: true });
    },
  });
  router = createAppRouter({ queryClient, history: options.history });
  return { queryClient, router };
}
