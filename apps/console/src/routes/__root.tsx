import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { AuthContext } from '../api/auth';
import { NotFound } from '../components/not-found';

/** What every route's `beforeLoad` / `loader` receives as `context`. */
export interface RouterContext {
  queryClient: QueryClient;
  auth: AuthContext;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});
