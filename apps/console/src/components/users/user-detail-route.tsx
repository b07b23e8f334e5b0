import { getRouteApi } from '@tanstack/react-router';
import { UserDetailPage } from './user-detail-page';

const route = getRouteApi('/_auth/_admin/users/$userId');

export function UserDetailRoute() {
  const { userId } = route.useParams();
  return <UserDetailPage userId={userId} />;
}
