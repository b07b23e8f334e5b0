import type { ProviderType } from '../domain/protocol.js';

/** How to reach one provider type: its URL layout and auth, as data. */
export interface UpstreamDescriptor {
  /** Version segments a base URL may already end with; stripped before the client path is appended. */
  versionSuffixes: readonly string[];
  authHeaders(apiKey: string): Record<string, string>;
  /** Headers the upstream must receive for this type (e.g. a default anthropic-version). */
  defaultHeaders: Record<string, string>;
}

const bearer = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });

export const UPSTREAMS = {
  claude: {
    versionSuffixes: ['/v1'],
    authHeaders: (apiKey) => ({ 'x-api-key': apiKey }),
    defaultHeaders: { 'anthropic-version': '2023-06-01' },
  },
  'claude-auth': {
    versionSuffixes: ['/v1'],
    authHeaders: bearer,
    defaultHeaders: { 'anthropic-version': '2023-06-01' },
  },
  codex: { versionSuffixes: ['/v1'], authHeaders: bearer, defaultHeaders: {} },
  'openai-compatible': { versionSuffixes: ['/v1'], authHeaders: bearer, defaultHeaders: {} },
  gemini: {
    versionSuffixes: ['/v1beta', '/v1'],
    authHeaders: (apiKey) => ({ 'x-goog-api-key': apiKey }),
    defaultHeaders: {},
  },
  'gemini-cli': { versionSuffixes: ['/v1internal'], authHeaders: bearer, defaultHeaders: {} },
} as const satisfies Record<ProviderType, UpstreamDescriptor>;
