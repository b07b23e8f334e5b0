import { createRoute } from '@tanstack/react-router';
import { SessionsPage } from '../../../components/sessions/sessions-page';
import { adminRoute } from '../_admin';

export const sessionsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/sessions',
  component: SessionsPage,
});
