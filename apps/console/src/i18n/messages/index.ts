import { uiMessages } from './ui';
import { auditMessages } from './audit';
import { dataMessages } from './data';
import { availabilityMessages } from './availability';
import { dashboardMessages } from './dashboard';
import { errorRulesMessages } from './error-rules';
import { leaderboardMessages } from './leaderboard';
import { logsMessages } from './logs';
import { meMessages } from './me';
import { notificationsMessages } from './notifications';
import { pricesMessages } from './prices';
import { quotasMessages } from './quotas';
import { requestRulesMessages } from './request-rules';
import { providersMessages } from './providers';
import { sessionsMessages } from './sessions';
import { settingsMessages } from './settings';
import { usageGuideMessages } from './usage-guide';
import { usersMessages } from './users';

/** Each page owns its strings in one module under `messages/`; they are merged here. */
export const pageMessages = {
  en: {
    ...uiMessages.en,
    ...dashboardMessages.en,
    ...logsMessages.en,
    ...leaderboardMessages.en,
    ...sessionsMessages.en,
    ...quotasMessages.en,
    ...providersMessages.en,
    ...usersMessages.en,
    ...pricesMessages.en,
    ...requestRulesMessages.en,
    ...settingsMessages.en,
    ...errorRulesMessages.en,
    ...auditMessages.en,
    ...dataMessages.en,
    ...availabilityMessages.en,
    ...usageGuideMessages.en,
    ...meMessages.en,
    ...notificationsMessages.en,
  },
  'zh-CN': {
    ...uiMessages['zh-CN'],
    ...dashboardMessages['zh-CN'],
    ...logsMessages['zh-CN'],
    ...leaderboardMessages['zh-CN'],
    ...sessionsMessages['zh-CN'],
    ...quotasMessages['zh-CN'],
    ...providersMessages['zh-CN'],
    ...usersMessages['zh-CN'],
    ...pricesMessages['zh-CN'],
    ...requestRulesMessages['zh-CN'],
    ...settingsMessages['zh-CN'],
    ...errorRulesMessages['zh-CN'],
    ...auditMessages['zh-CN'],
    ...dataMessages['zh-CN'],
    ...availabilityMessages['zh-CN'],
    ...usageGuideMessages['zh-CN'],
    ...meMessages['zh-CN'],
    ...notificationsMessages['zh-CN'],
  },
};
