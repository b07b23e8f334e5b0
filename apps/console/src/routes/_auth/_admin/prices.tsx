import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { pricesQueryOptions } from '../../../api/prices';
import { adminRoute } from '../_admin';

export const pricesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/prices',
  loader: ({ context: { queryClient } }) => preload(queryClient.ensureQueryData(pricesQueryOptions())),
  component: lazyRouteComponent(() => import('../../../components/prices/prices-page'), 'PricesPage'),
});
