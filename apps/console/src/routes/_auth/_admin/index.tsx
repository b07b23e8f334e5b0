import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { sessionsQueryOptions } from '../../../api/sessions';
import { statsOverviewQueryOptions } from '../../../api/stats';
import { adminRoute } from '../_admin';

export const dashboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  loader: ({ context: { queryClient } }) =>
    preload(
      queryClient.ensureQueryData(statsOverviewQueryOptions('day')),
      queryClient.ensureQueryData(sessionsQueryOptions()),
    ),
  component: lazyRouteComponent(() => import('../../../components/dashboard/dashboard-page'), 'DashboardPage'),
});
