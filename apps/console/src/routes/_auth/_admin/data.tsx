import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { retentionQueryOptions } from '../../../api/data';
import { preload } from '../../../api/preload';
import { adminRoute } from '../_admin';

export const dataRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/data',
  loader: ({ context: { queryClient } }) => preload(queryClient.ensureQueryData(retentionQueryOptions())),
  component: lazyRouteComponent(() => import('../../../components/data-management/data-page'), 'DataPage'),
});
