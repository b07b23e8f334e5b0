import { createRoute } from '@tanstack/react-router';
import { DataPage } from '../../../components/data-management/data-page';
import { adminRoute } from '../_admin';

export const dataRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/data',
  component: DataPage,
});
