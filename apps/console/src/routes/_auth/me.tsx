import { createRoute } from '@tanstack/react-router';
import { Gauge } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { useT } from '../../i18n/use-t';
import { authRoute } from '../_auth';

export const meRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/me',
  component: MePage,
});

function MePage() {
  const t = useT();
  const { session } = meRoute.useRouteContext();
  return (
    <>
      <PageHeader
        title={t('page.me.title')}
        description={t('page.me.description')}
        actions={<Badge tone="accent">{t('page.me.greeting', { name: session.name })}</Badge>}
      />
      <EmptyState icon={Gauge} title={t('page.me.emptyTitle')} description={t('page.me.emptyDescription')} />
    </>
  );
}
