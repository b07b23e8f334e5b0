import { createRoute } from '@tanstack/react-router';
import { BookOpen } from 'lucide-react';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { useT } from '../../i18n/use-t';
import { authRoute } from '../_auth';

export const usageGuideRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/usage-guide',
  component: UsageGuidePage,
});

function UsageGuidePage() {
  const t = useT();
  // The console is served by the gateway itself, so this page's origin is the gateway's URL.
  const baseUrl = window.location.origin;
  return (
    <>
      <PageHeader title={t('page.usageGuide.title')} description={t('page.usageGuide.description')} />
      <div className="flex flex-col gap-6">
        <Card title={t('page.usageGuide.baseUrl')}>
          <code className="block overflow-x-auto rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100">
            {baseUrl}
          </code>
        </Card>
        <EmptyState
          icon={BookOpen}
          title={t('page.usageGuide.emptyTitle')}
          description={t('page.usageGuide.emptyDescription')}
        />
      </div>
    </>
  );
}
