import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { leaderboardQueryOptions } from '../../../api/stats';
import { adminRoute } from '../_admin';

export const leaderboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/leaderboard',
  loader: ({ context: { queryClient } }) =>
    preload(queryClient.ensureQueryData(leaderboardQueryOptions('day', 'user', 50))),
  component: lazyRouteComponent(() => import('../../../components/leaderboard/leaderboard-page'), 'LeaderboardPage'),
});
