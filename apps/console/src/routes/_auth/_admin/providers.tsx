import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { providersQueryOptions } from '../../../api/providers';
import { adminRoute } from '../_admin';

export const providersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/providers',
  loader: ({ context: { queryClient } }) => preload(queryClient.ensureQueryData(providersQueryOptions())),
  component: lazyRouteComponent(() => import('../../../components/providers/providers-page'), 'ProvidersPage'),
});
