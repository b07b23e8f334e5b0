import type { HeaderAllowList } from '../../upstreams/forwarded-headers.js';

/**
 * Client headers forwarded upstream besides the common ones: Anthropic's version and beta flags,
 * and what Claude Code says about itself.
 */
export const FORWARDED_HEADERS: HeaderAllowList = {
  names: [
    'anthropic-version',
    'anthropic-beta',
    'anthropic-dangerous-direct-browser-access',
    'x-app',
    'x-claude-code-session-id',
  ],
  prefixes: ['anthropic-client-'],
};
