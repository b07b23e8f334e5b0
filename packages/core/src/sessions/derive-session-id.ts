import { createHash } from 'node:crypto';
import type { ProtocolId } from '../domain/protocol.js';
import type { JsonBody } from '../json/json-body.js';
import { PROTOCOLS } from '../protocols/registry.js';
import type { SessionId } from './session-id.js';

type Headers = Record<string, string | string[] | undefined>;

/** Stable fallback: the key and the conversation's first message (its raw bytes) identify it across turns. */
function contentHash(keyId: string, opening: Uint8Array | null): SessionId {
  const digest = createHash('sha256')
    .update(keyId)
    .update('\0')
    .update(opening ?? 'null')
    .digest('hex');
  return { id: `h_${digest.slice(0, 32)}`, source: 'content_hash' };
}

/** The session a request belongs to (§4): the client's own id when it sends one, else a content hash. */
export function deriveSessionId(input: {
  protocol: ProtocolId;
  headers: Headers;
  body: JsonBody | null;
  keyId: string;
}): SessionId {
  const adapter = PROTOCOLS[input.protocol];
  const own = adapter.sessionId(input.headers, input.body);
  return own ?? contentHash(input.keyId, input.body ? adapter.openingBytes(input.body) : null);
}
