import { createRoute } from '@tanstack/react-router';
import { ProvidersPage } from '../../../components/providers/providers-page';
import { adminRoute } from '../_admin';

export const providersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/providers',
  component: ProvidersPage,
});
