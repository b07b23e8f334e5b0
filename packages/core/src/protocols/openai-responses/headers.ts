import type { HeaderAllowList } from '../../upstreams/forwarded-headers.js';

/**
 * Client headers forwarded upstream besides the common ones: OpenAI's flags plus the session and
 * turn headers Codex sends.
 */
export const FORWARDED_HEADERS: HeaderAllowList = {
  names: [
    'openai-beta',
    'openai-organization',
    'openai-project',
    'x-client-request-id',
    'session-id',
    'session_id',
    'conversation_id',
    'thread-id',
    'originator',
    'version',
    'chatgpt-account-id',
    'x-openai-subagent',
  ],
  prefixes: ['x-codex-'],
};
