import type { JsonBody } from '../../json/json-body.js';
import type { SessionId } from '../../sessions/session-id.js';
import { geminiSessionId } from '../gemini/session-id.js';
import { shortText } from '../shared/header-value.js';

type Headers = Record<string, string | string[] | undefined>;

/** A session hint header, else the `session_id` the Gemini CLI puts in its request. */
export function geminiCliSessionId(headers: Headers, body: JsonBody | null): SessionId | null {
  const fromHeader = geminiSessionId(headers);
  if (fromHeader) return fromHeader;
  const inner = shortText(body?.field('request')?.get('session_id')) ?? shortText(body?.get('session_id'));
  return inner ? { id: inner, source: 'body' } : null;
}
