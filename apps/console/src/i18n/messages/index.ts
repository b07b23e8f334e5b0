import { uiMessages } from './ui';
import { dashboardMessages } from './dashboard';
import { leaderboardMessages } from './leaderboard';
import { logsMessages } from './logs';
import { meMessages } from './me';
import { pricesMessages } from './prices';
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
    ...providersMessages.en,
    ...usersMessages.en,
    ...pricesMessages.en,
    ...settingsMessages.en,
    ...usageGuideMessages.en,
    ...meMessages.en,
  },
  'zh-CN': {
    ...uiMessages['zh-CN'],
    ...dashboardMessages['zh-CN'],
    ...logsMessages['zh-CN'],
    ...leaderboardMessages['zh-CN'],
    ...sessionsMessages['zh-CN'],
    ...providersMessages['zh-CN'],
    ...usersMessages['zh-CN'],
    ...pricesMessages['zh-CN'],
    ...settingsMessages['zh-CN'],
    ...usageGuideMessages['zh-CN'],
    ...meMessages['zh-CN'],
  },
};
