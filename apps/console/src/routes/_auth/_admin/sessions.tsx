import { createRoute } from '@tanstack/react-router';
import { Radio } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const sessionsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/sessions',
  component: SessionsPage,
});

function SessionsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.sessions.title')} description={t('page.sessions.description')} />
      <EmptyState
        icon={Radio}
        title={t('page.sessions.emptyTitle')}
        description={t('page.sessions.emptyDescription')}
      />
    </>
  );
}
