import { createRoute } from '@tanstack/react-router';
import { RequestRulesPage } from '../../../components/request-rules/request-rules-page';
import { adminRoute } from '../_admin';

export const requestRulesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/request-rules',
  component: RequestRulesPage,
});
