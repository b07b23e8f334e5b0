import { createRoute } from '@tanstack/react-router';
import { Users } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  component: UsersPage,
});

function UsersPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.users.title')} description={t('page.users.description')} />
      <EmptyState
        icon={Users}
        title={t('page.users.emptyTitle')}
        description={t('page.users.emptyDescription')}
      />
    </>
  );
}
