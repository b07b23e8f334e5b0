import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { quotasQueryOptions } from '../../../api/quotas';
import { adminRoute } from '../_admin';

export const quotasRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/quotas',
  loader: ({ context: { queryClient } }) =>
    preload(queryClient.ensureQueryData(quotasQueryOptions({ kind: 'all', sort: 'closest', q: '' }))),
  component: lazyRouteComponent(() => import('../../../components/quotas/quotas-page'), 'QuotasPage'),
});
