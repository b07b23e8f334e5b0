import { createRoute } from '@tanstack/react-router';
import { DashboardPage } from '../../../components/dashboard/dashboard-page';
import { adminRoute } from '../_admin';

export const dashboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: DashboardPage,
});
