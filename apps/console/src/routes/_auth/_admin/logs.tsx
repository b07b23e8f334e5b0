import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { logFiltersSchema, logsQueryOptions } from '../../../api/logs';
import { preload } from '../../../api/preload';
import { providersQueryOptions } from '../../../api/providers';
import { usersQueryOptions } from '../../../api/users';
import { adminRoute } from '../_admin';

export const logsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/logs',
  validateSearch: logFiltersSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) =>
    preload(
      queryClient.ensureInfiniteQueryData(logsQueryOptions(deps)),
      queryClient.ensureQueryData(usersQueryOptions()),
      queryClient.ensureQueryData(providersQueryOptions()),
    ),
  component: lazyRouteComponent(() => import('../../../components/logs/logs-route'), 'LogsRoute'),
});
