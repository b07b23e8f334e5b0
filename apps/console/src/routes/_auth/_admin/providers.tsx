import { createRoute } from '@tanstack/react-router';
import { Server } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const providersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/providers',
  component: ProvidersPage,
});

function ProvidersPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.providers.title')} description={t('page.providers.description')} />
      <EmptyState
        icon={Server}
        title={t('page.providers.emptyTitle')}
        description={t('page.providers.emptyDescription')}
      />
    </>
  );
}
