import { createRoute } from '@tanstack/react-router';
import { UsersPage } from '../../../components/users/users-page';
import { adminRoute } from '../_admin';

export const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  component: UsersPage,
});
