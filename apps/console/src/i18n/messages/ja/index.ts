import { uiJa } from './ui';
import { dashboardJa } from './dashboard';
import { logsJa } from './logs';
import { leaderboardJa } from './leaderboard';
import { sessionsJa } from './sessions';
import { quotasJa } from './quotas';
import { providersJa } from './providers';
import { usersJa } from './users';
import { pricesJa } from './prices';
import { requestRulesJa } from './request-rules';
import { settingsJa } from './settings';
import { errorRulesJa } from './error-rules';
import { auditJa } from './audit';
import { dataJa } from './data';
import { availabilityJa } from './availability';
import { usageGuideJa } from './usage-guide';
import { meJa } from './me';
import { notificationsJa } from './notifications';

/** 日本語: every page's strings, merged like messages/index.ts. */
export const jaPages = {
  ...uiJa,
  ...dashboardJa,
  ...logsJa,
  ...leaderboardJa,
  ...sessionsJa,
  ...quotasJa,
  ...providersJa,
  ...usersJa,
  ...pricesJa,
  ...requestRulesJa,
  ...settingsJa,
  ...errorRulesJa,
  ...auditJa,
  ...dataJa,
  ...availabilityJa,
  ...usageGuideJa,
  ...meJa,
  ...notificationsJa,
};
