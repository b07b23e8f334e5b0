import { createRoute } from '@tanstack/react-router';
import { MePage } from '../../components/me/me-page';
import { authRoute } from '../_auth';

export const meRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/me',
  component: function MeRoute() {
    const { session } = meRoute.useRouteContext();
    return <MePage sessionName={session.name} />;
  },
});
