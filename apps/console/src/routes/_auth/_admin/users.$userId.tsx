import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { userKeysQueryOptions } from '../../../api/keys';
import { preload } from '../../../api/preload';
import { userQueryOptions } from '../../../api/users';
import { adminRoute } from '../_admin';

export const userDetailRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users/$userId',
  loader: ({ context: { queryClient }, params: { userId } }) =>
    preload(
      queryClient.ensureQueryData(userQueryOptions(userId)),
      queryClient.ensureQueryData(userKeysQueryOptions(userId)),
    ),
  component: lazyRouteComponent(() => import('../../../components/users/user-detail-route'), 'UserDetailRoute'),
});
