import { createRoute } from '@tanstack/react-router';
import { UserDetailPage } from '../../../components/users/user-detail-page';
import { adminRoute } from '../_admin';

export const userDetailRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users/$userId',
  component: function UserDetailRoute() {
    const { userId } = userDetailRoute.useParams();
    return <UserDetailPage userId={userId} />;
  },
});
