import { createRoute } from '@tanstack/react-router';
import { Tags } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const pricesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/prices',
  component: PricesPage,
});

function PricesPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.prices.title')} description={t('page.prices.description')} />
      <EmptyState
        icon={Tags}
        title={t('page.prices.emptyTitle')}
        description={t('page.prices.emptyDescription')}
      />
    </>
  );
}
