import type { SessionId } from '../../sessions/session-id.js';
import { headerValue } from '../shared/header-value.js';

type Headers = Record<string, string | string[] | undefined>;

/** A session hint header, when the client sends one. */
export function geminiSessionId(headers: Headers): SessionId | null {
  const fromHeader = headerValue(headers, 'x-gemini-session-id') ?? headerValue(headers, 'session-id');
  return fromHeader ? { id: fromHeader, source: 'header' } : null;
}
