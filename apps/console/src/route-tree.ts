import { rootRoute } from './routes/__root';
import { authRoute } from './routes/_auth';
import { adminRoute } from './routes/_auth/_admin';
import { auditRoute } from './routes/_auth/_admin/audit';
import { availabilityRoute } from './routes/_auth/_admin/availability';
import { dataRoute } from './routes/_auth/_admin/data';
import { dashboardRoute } from './routes/_auth/_admin/index';
import { errorRulesRoute } from './routes/_auth/_admin/error-rules';
import { leaderboardRoute } from './routes/_auth/_admin/leaderboard';
import { logsRoute } from './routes/_auth/_admin/logs';
import { notificationsRoute } from './routes/_auth/_admin/notifications';
import { quotasRoute } from './routes/_auth/_admin/quotas';
import { pricesRoute } from './routes/_auth/_admin/prices';
import { providersRoute } from './routes/_auth/_admin/providers';
import { requestRulesRoute } from './routes/_auth/_admin/request-rules';
import { sessionsRoute } from './routes/_auth/_admin/sessions';
import { settingsRoute } from './routes/_auth/_admin/settings';
import { usersRoute } from './routes/_auth/_admin/users';
import { userDetailRoute } from './routes/_auth/_admin/users.$userId';
import { meRoute } from './routes/_auth/me';
import { usageGuideRoute } from './routes/_auth/usage-guide';
import { loginRoute } from './routes/login';

/** The whole route tree, assembled by hand (code-based routing, no generator). */
export const routeTree = rootRoute.addChildren([
  loginRoute,
  authRoute.addChildren([
    adminRoute.addChildren([
      dashboardRoute,
      logsRoute,
      leaderboardRoute,
      sessionsRoute,
      quotasRoute,
      availabilityRoute,
      providersRoute,
      usersRoute,
      userDetailRoute,
      pricesRoute,
      requestRulesRoute,
      settingsRoute,
      errorRulesRoute,
      auditRoute,
      dataRoute,
      notificationsRoute,
    ]),
    meRoute,
    usageGuideRoute,
  ]),
]);
