import { createHash } from 'node:crypto';
import type { ProtocolId } from '../domain/protocol.js';

export type SessionSource = 'header' | 'metadata' | 'prompt_cache_key' | 'body' | 'content_hash';

export interface SessionId {
  id: string;
  source: SessionSource;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length > 0 && first.length <= 200 ? first : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

/**
 * Claude Code puts its session in `metadata.user_id`: newer versions as a JSON string
 * `{"device_id":…,"session_id":…}`, older ones as `user_<hash>_account_<uuid>_session_<uuid>`.
 */
export function sessionFromClaudeUserId(userId: string): string | null {
  if (userId.startsWith('{')) {
    try {
      return text(record(JSON.parse(userId))?.['session_id']);
    } catch {
      return null;
    }
  }
  const marker = userId.lastIndexOf('_session_');
  return marker >= 0 ? text(userId.slice(marker + '_session_'.length)) : null;
}

function firstMessages(body: Record<string, unknown>): unknown {
  return body['messages'] ?? body['input'] ?? body['contents'] ?? record(body['request'])?.['contents'] ?? null;
}

/** Stable fallback: the key and the conversation's first message identify it across turns. */
function contentHash(keyId: string, body: Record<string, unknown> | null): SessionId {
  const messages = body ? firstMessages(body) : null;
  const opening: unknown = Array.isArray(messages) ? messages[0] : messages;
  const digest = createHash('sha256').update(keyId).update('\0').update(JSON.stringify(opening ?? null)).digest('hex');
  return { id: `h_${digest.slice(0, 32)}`, source: 'content_hash' };
}

const PROTOCOL_SOURCES: Record<ProtocolId, (headers: Headers, body: Record<string, unknown> | null) => SessionId | null> = {
  anthropic: (headers, body) => {
    const fromHeader = header(headers, 'x-claude-code-session-id');
    if (fromHeader) return { id: fromHeader, source: 'header' };
    const userId = text(record(body?.['metadata'])?.['user_id']);
    const fromMetadata = userId ? sessionFromClaudeUserId(userId) : null;
    return fromMetadata ? { id: fromMetadata, source: 'metadata' } : null;
  },
  'openai-responses': (headers, body) => {
    const fromHeader = header(headers, 'session-id') ?? header(headers, 'session_id');
    if (fromHeader) return { id: fromHeader, source: 'header' };
    const cacheKey = text(body?.['prompt_cache_key']);
    return cacheKey ? { id: cacheKey, source: 'prompt_cache_key' } : null;
  },
  'openai-chat': (headers, body) => {
    const fromHeader = header(headers, 'session-id') ?? header(headers, 'session_id');
    if (fromHeader) return { id: fromHeader, source: 'header' };
    const cacheKey = text(body?.['prompt_cache_key']) ?? text(body?.['user']);
    return cacheKey ? { id: cacheKey, source: 'prompt_cache_key' } : null;
  },
  gemini: (headers) => {
    const fromHeader = header(headers, 'x-gemini-session-id') ?? header(headers, 'session-id');
    return fromHeader ? { id: fromHeader, source: 'header' } : null;
  },
  'gemini-cli': (headers, body) => {
    const fromHeader = header(headers, 'x-gemini-session-id') ?? header(headers, 'session-id');
    if (fromHeader) return { id: fromHeader, source: 'header' };
    const inner = text(record(body?.['request'])?.['session_id']) ?? text(body?.['session_id']);
    return inner ? { id: inner, source: 'body' } : null;
  },
};

/** The session a request belongs to (§4): the client's own id when it sends one, else a content hash. */
export function deriveSessionId(input: { protocol: ProtocolId; headers: Headers; body: unknown; keyId: string }): SessionId {
  const body = record(input.body);
  return PROTOCOL_SOURCES[input.protocol](input.headers, body) ?? contentHash(input.keyId, body);
}
