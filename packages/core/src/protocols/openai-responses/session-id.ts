import type { JsonBody } from '../../json/json-body.js';
import type { SessionId } from '../../sessions/session-id.js';
import { headerValue, shortText } from '../shared/header-value.js';

type Headers = Record<string, string | string[] | undefined>;

/** Codex's `session-id` (or `session_id`) header, else `prompt_cache_key`. */
export function openAiResponsesSessionId(headers: Headers, body: JsonBody | null): SessionId | null {
  const fromHeader = headerValue(headers, 'session-id') ?? headerValue(headers, 'session_id');
  if (fromHeader) return { id: fromHeader, source: 'header' };
  const cacheKey = shortText(body?.get('prompt_cache_key'));
  return cacheKey ? { id: cacheKey, source: 'prompt_cache_key' } : null;
}
