import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { usersQueryOptions } from '../../../api/users';
import { adminRoute } from '../_admin';

export const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  loader: ({ context: { queryClient } }) => preload(queryClient.ensureQueryData(usersQueryOptions())),
  component: lazyRouteComponent(() => import('../../../components/users/users-page'), 'UsersPage'),
});
