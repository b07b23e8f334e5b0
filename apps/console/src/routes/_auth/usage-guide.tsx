import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { authRoute } from '../_auth';

export const usageGuideRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/usage-guide',
  component: lazyRouteComponent(() => import('../../components/usage-guide/usage-guide-page'), 'UsageGuidePage'),
});
