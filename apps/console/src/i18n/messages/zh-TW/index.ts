import { uiZhTW } from './ui';
import { dashboardZhTW } from './dashboard';
import { logsZhTW } from './logs';
import { leaderboardZhTW } from './leaderboard';
import { sessionsZhTW } from './sessions';
import { quotasZhTW } from './quotas';
import { providersZhTW } from './providers';
import { usersZhTW } from './users';
import { pricesZhTW } from './prices';
import { requestRulesZhTW } from './request-rules';
import { settingsZhTW } from './settings';
import { errorRulesZhTW } from './error-rules';
import { auditZhTW } from './audit';
import { dataZhTW } from './data';
import { availabilityZhTW } from './availability';
import { usageGuideZhTW } from './usage-guide';
import { meZhTW } from './me';
import { notificationsZhTW } from './notifications';

/** 繁體中文: every page's strings, merged like messages/index.ts. */
export const zhTWPages = {
  ...uiZhTW,
  ...dashboardZhTW,
  ...logsZhTW,
  ...leaderboardZhTW,
  ...sessionsZhTW,
  ...quotasZhTW,
  ...providersZhTW,
  ...usersZhTW,
  ...pricesZhTW,
  ...requestRulesZhTW,
  ...settingsZhTW,
  ...errorRulesZhTW,
  ...auditZhTW,
  ...dataZhTW,
  ...availabilityZhTW,
  ...usageGuideZhTW,
  ...meZhTW,
  ...notificationsZhTW,
};
