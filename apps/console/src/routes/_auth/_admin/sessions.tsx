import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { providersQueryOptions } from '../../../api/providers';
import { sessionsQueryOptions } from '../../../api/sessions';
import { usersQueryOptions } from '../../../api/users';
import { adminRoute } from '../_admin';

export const sessionsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/sessions',
  loader: ({ context: { queryClient } }) =>
    preload(
      queryClient.ensureQueryData(sessionsQueryOptions()),
      queryClient.ensureQueryData(usersQueryOptions()),
      queryClient.ensureQueryData(providersQueryOptions()),
    ),
  component: lazyRouteComponent(() => import('../../../components/sessions/sessions-page'), 'SessionsPage'),
});
