import { createRoute } from '@tanstack/react-router';
import { AuditPage } from '../../../components/audit/audit-page';
import { adminRoute } from '../_admin';

export const auditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit',
  component: AuditPage,
});
