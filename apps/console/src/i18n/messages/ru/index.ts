import { uiRu } from './ui';
import { dashboardRu } from './dashboard';
import { logsRu } from './logs';
import { leaderboardRu } from './leaderboard';
import { sessionsRu } from './sessions';
import { quotasRu } from './quotas';
import { providersRu } from './providers';
import { usersRu } from './users';
import { pricesRu } from './prices';
import { requestRulesRu } from './request-rules';
import { settingsRu } from './settings';
import { errorRulesRu } from './error-rules';
import { auditRu } from './audit';
import { dataRu } from './data';
import { availabilityRu } from './availability';
import { usageGuideRu } from './usage-guide';
import { meRu } from './me';
import { notificationsRu } from './notifications';

/** Русский: every page's strings, merged like messages/index.ts. */
export const ruPages = {
  ...uiRu,
  ...dashboardRu,
  ...logsRu,
  ...leaderboardRu,
  ...sessionsRu,
  ...quotasRu,
  ...providersRu,
  ...usersRu,
  ...pricesRu,
  ...requestRulesRu,
  ...settingsRu,
  ...errorRulesRu,
  ...auditRu,
  ...dataRu,
  ...availabilityRu,
  ...usageGuideRu,
  ...meRu,
  ...notificationsRu,
};
