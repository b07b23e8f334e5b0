import { createRoute } from '@tanstack/react-router';
import { ScrollText } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const logsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/logs',
  component: LogsPage,
});

function LogsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.logs.title')} description={t('page.logs.description')} />
      <EmptyState
        icon={ScrollText}
        title={t('page.logs.emptyTitle')}
        description={t('page.logs.emptyDescription')}
      />
    </>
  );
}
