import { createRoute } from '@tanstack/react-router';
import { LeaderboardPage } from '../../../components/leaderboard/leaderboard-page';
import { adminRoute } from '../_admin';

export const leaderboardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/leaderboard',
  component: LeaderboardPage,
});
