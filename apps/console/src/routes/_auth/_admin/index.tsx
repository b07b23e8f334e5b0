import { createRoute } from '@tanstack/react-router';
import { Activity } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const dashboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: DashboardPage,
});

function DashboardPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.dashboard.title')} description={t('page.dashboard.description')} />
      <EmptyState
        icon={Activity}
        title={t('page.dashboard.emptyTitle')}
        description={t('page.dashboard.emptyDescription')}
      />
    </>
  );
}
