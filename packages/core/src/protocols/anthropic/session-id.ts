import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';
import type { SessionId } from '../../sessions/session-id.js';
import { headerValue, shortText } from '../shared/header-value.js';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Claude Code puts its session in `metadata.user_id`: newer versions as a JSON string
 * `{"device_id":…,"session_id":…}`, older ones as `user_<hash>_account_<uuid>_session_<uuid>`.
 */
export function sessionFromClaudeUserId(userId: string): string | null {
  if (userId.startsWith('{')) {
    try {
      return shortText(asRecord(JSON.parse(userId))?.['session_id']);
    } catch {
      return null;
    }
  }
  const marker = userId.lastIndexOf('_session_');
  return marker >= 0 ? shortText(userId.slice(marker + '_session_'.length)) : null;
}

/** Claude Code's `x-claude-code-session-id` header, else the session inside `metadata.user_id`. */
export function anthropicSessionId(headers: Headers, body: JsonBody | null): SessionId | null {
  const fromHeader = headerValue(headers, 'x-claude-code-session-id');
  if (fromHeader) return { id: fromHeader, source: 'header' };
  const userId = shortText(body?.field('metadata')?.get('user_id'), 2000);
  const fromMetadata = userId ? sessionFromClaudeUserId(userId) : null;
  return fromMetadata ? { id: fromMetadata, source: 'metadata' } : null;
}
