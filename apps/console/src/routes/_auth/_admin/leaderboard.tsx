import { createRoute } from '@tanstack/react-router';
import { Trophy } from 'lucide-react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useT } from '../../../i18n/use-t';
import { adminRoute } from '../_admin';

export const leaderboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/leaderboard',
  component: LeaderboardPage,
});

function LeaderboardPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('page.leaderboard.title')} description={t('page.leaderboard.description')} />
      <EmptyState
        icon={Trophy}
        title={t('page.leaderboard.emptyTitle')}
        description={t('page.leaderboard.emptyDescription')}
      />
    </>
  );
}
