import { createRoute } from '@tanstack/react-router';
import { PricesPage } from '../../../components/prices/prices-page';
import { adminRoute } from '../_admin';

export const pricesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/prices',
  component: PricesPage,
});
