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
  'nav.providers': 'Providers',
  'nav.users': 'Users & keys',
  'nav.prices': 'Model prices',
  'nav.settings': 'Settings',
  'nav.usageGuide': 'Usage guide',
  'nav.me': 'My usage',

  'a11y.skipToContent': 'Skip to content',

  'language.label': 'Language',
  'language.current': 'Language: {language}',
  'language.en': 'English',
  'language.zh-CN': '简体中文',

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

  'page.dashboard.title': 'Dashboard',
  'page.dashboard.description': 'Requests, cost, tokens and provider health at a glance.',
  'page.dashboard.emptyTitle': 'No traffic yet',
  'page.dashboard.emptyDescription':
    'Trends and charts appear here once requests flow through the gateway.',

  'page.logs.title': 'Request logs',
  'page.logs.description': 'Every request with its tokens, cost and routing decisions.',
  'page.logs.emptyTitle': 'No requests yet',
  'page.logs.emptyDescription': 'Requests sent through the gateway will be listed here.',

  'page.leaderboard.title': 'Leaderboard',
  'page.leaderboard.description': 'Top users, providers and models by requests and cost.',
  'page.leaderboard.emptyTitle': 'No rankings yet',
  'page.leaderboard.emptyDescription': 'Rankings are built from recorded requests.',

  'page.providers.title': 'Providers',
  'page.providers.description': 'Upstream providers, their health, circuit state and routing.',
  'page.providers.emptyTitle': 'No providers yet',
  'page.providers.emptyDescription': 'Add an upstream provider to start routing requests.',

  'page.users.title': 'Users & keys',
  'page.users.description': 'Users, their API keys, limits and quota usage.',
  'page.users.emptyTitle': 'No users yet',
  'page.users.emptyDescription': 'Create a user and issue a key to give someone access.',

  'page.sessions.title': 'Sessions',
  'page.sessions.description': 'Live client sessions and the providers they are bound to.',
  'page.sessions.emptyTitle': 'No active sessions',
  'page.sessions.emptyDescription': 'Sessions appear here while clients are working.',

  'page.prices.title': 'Model prices',
  'page.prices.description': 'Per-model prices used to compute request cost.',
  'page.prices.emptyTitle': 'No prices yet',
  'page.prices.emptyDescription': 'Sync the price list or add prices for your models.',

  'page.settings.title': 'Settings',
  'page.settings.description': 'Gateway-wide configuration.',
  'page.settings.emptyTitle': 'Nothing to configure yet',
  'page.settings.emptyDescription': 'Gateway settings will be editable here.',

  'page.usageGuide.title': 'Usage guide',
  'page.usageGuide.description':
    'How to point Claude Code, Codex CLI and Gemini CLI at this gateway.',
  'page.usageGuide.baseUrl': 'Gateway URL',
  'page.usageGuide.emptyTitle': 'Guide coming soon',
  'page.usageGuide.emptyDescription':
    'Step-by-step client configuration for this deployment will be shown here.',

  'page.me.title': 'My usage',
  'page.me.description': 'Your requests, spending, quotas and keys.',
  'page.me.greeting': 'Signed in as {name}',
  'page.me.emptyTitle': 'No usage yet',
  'page.me.emptyDescription': 'Your usage appears here once you send requests with your key.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
