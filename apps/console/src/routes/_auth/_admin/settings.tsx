import { createRoute } from '@tanstack/react-router';
import { Settings } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: SettingsPage,
});

function SettingsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.settings.title')} description={t('page.settings.description')} />
      <EmptyState
        icon={Settings}
        title={t('page.settings.emptyTitle')}
        description={t('page.settings.emptyDescription')}
      />
    </>
  );
}
