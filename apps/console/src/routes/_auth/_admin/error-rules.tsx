import { createRoute } from '@tanstack/react-router';
import { ErrorRulesPage } from '../../../components/error-rules/error-rules-page';
import { adminRoute } from '../_admin';

export const errorRulesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/error-rules',
  component: ErrorRulesPage,
});
