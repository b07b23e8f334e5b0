import { createRoute } from '@tanstack/react-router';
import { NotificationsPage } from '../../../components/notifications/notifications-page';
import { adminRoute } from '../_admin';

export const notificationsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/notifications',
  component: NotificationsPage,
});
