import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { meKeysQueryOptions, meQueryOptions, meUsageQueryOptions } from '../../api/me';
import { preload } from '../../api/preload';
import { authRoute } from '../_auth';

export const meRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/me',
  loader: ({ context: { queryClient } }) =>
    preload(
      queryClient.ensureQueryData(meQueryOptions()),
      queryClient.ensureQueryData(meUsageQueryOptions()),
      queryClient.ensureQueryData(meKeysQueryOptions()),
    ),
  component: lazyRouteComponent(() => import('../../components/me/me-route'), 'MeRoute'),
});
