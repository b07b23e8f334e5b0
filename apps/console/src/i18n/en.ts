import { pageMessages } from './messages';
/**
 * English strings — the source of truth for translation keys. Every other dictionary must
 * provide exactly these keys (enforced at compile time). `{name}` marks an interpolated value.
 */
export const en = {
  'app.name': 'Claude Code Hub',
  'app.tagline': 'AI API gateway',

  'nav.label': 'Main navigation',
  'nav.open': 'Open navigation',
  'nav.close': 'Close navigation',
  'nav.group.monitor': 'Monitor',
  'nav.group.manage': 'Manage',
  'nav.group.account': 'Account',
  'nav.group.help': 'Help',
  'nav.dashboard': 'Dashboard',
  'nav.logs': 'Request logs',
  'nav.leaderboard': 'Leaderboard',
  'nav.sessions': 'Sessions',
  'nav.quotas': 'Quotas',
  'nav.audit': 'Audit log',
  'nav.data': 'Data',
  'nav.availability': 'Availability',
  'nav.providers': 'Providers',
  'nav.users': 'Users & keys',
  'nav.prices': 'Model prices',
  'nav.settings': 'Settings',
  'nav.notifications': 'Notifications',
  'nav.usageGuide': 'Usage guide',
  'nav.me': 'My usage',

  'a11y.skipToContent': 'Skip to content',

  'language.label': 'Language',
  'language.current': 'Language: {language}',

  'theme.label': 'Theme',
  'theme.current': 'Theme: {theme}',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',

  'account.menu': 'Account menu',
  'account.role.admin': 'Administrator',
  'account.role.user': 'User',
  'account.logout': 'Log out',
  'account.loggingOut': 'Logging out…',

  'login.title': 'Sign in',
  'login.subtitle': 'Use the admin token or a user key with console access.',
  'login.tokenLabel': 'Token',
  'login.tokenPlaceholder': 'Admin token or sk-… key',
  'login.showToken': 'Show token',
  'login.hideToken': 'Hide token',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.errorEmpty': 'Enter a token to sign in.',
  'login.errorRejected': 'The token was not accepted.',
  'login.errorNetwork': 'Cannot reach the gateway. Check that it is running.',
  'login.footer': 'Your session is kept in a secure cookie on this browser.',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error.title': 'Something went wrong',
  'common.error.description': 'The page could not be loaded.',
  'notFound.title': 'Page not found',
  'notFound.description': 'The page you are looking for does not exist.',
  'notFound.back': 'Back to the start',

  ...pageMessages.en,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
