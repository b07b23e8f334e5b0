import { createRoute } from '@tanstack/react-router';
import { UsageGuidePage } from '../../components/usage-guide/usage-guide-page';
import { authRoute } from '../_auth';

export const usageGuideRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/usage-guide',
  component: UsageGuidePage,
});
