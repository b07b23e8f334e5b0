import type { ProtocolId } from '@cch/core';

/** `auxiliary`: forwarded to the protocol's providers but not a model call (Code Assist's loadCodeAssist, onboardUser …). */
export type EndpointKind = 'generate' | 'count_tokens' | 'models' | 'auxiliary';

export interface Endpoint {
  id: string;
  protocol: ProtocolId;
  kind: EndpointKind;
  method: 'GET' | 'POST';
  /** Fastify route pattern (a wildcard for endpoints resolved from the path, see gemini-path.ts). */
  url: string;
  /** Where routing finds the model: the body's `model` (default), or the Gemini path `models/{model}:{method}`. */
  modelFrom?: 'body' | 'gemini-path';
  /** Whether the answer streams: the body's `stream` flag (default), or fixed by the endpoint's method. */
  stream?: 'body' | 'always' | 'never';
  /** Chat Completions: a streaming request asks the upstream for usage in its last chunk (`stream_options.include_usage`). */
  includeStreamUsage?: boolean;
}

export const ENDPOINTS: readonly Endpoint[] = [
  { id: 'anthropic.messages', protocol: 'anthropic', kind: 'generate', method: 'POST', url: '/v1/messages' },
  { id: 'anthropic.count_tokens', protocol: 'anthropic', kind: 'count_tokens', method: 'POST', url: '/v1/messages/count_tokens' },
  { id: 'openai-responses.create', protocol: 'openai-responses', kind: 'generate', method: 'POST', url: '/v1/responses' },
  { id: 'openai-responses.compact', protocol: 'openai-responses', kind: 'generate', method: 'POST', url: '/v1/responses/compact' },
  { id: 'openai-chat.completions', protocol: 'openai-chat', kind: 'generate', method: 'POST', url: '/v1/chat/completions', includeStreamUsage: true },
];

/**
 * Model lists answer in the caller's format. `GET /v1/models` is shared: Anthropic clients send
 * anthropic-version or x-api-key, Google clients (@google/genai ≥ 3 uses `/v1`) x-goog-api-key.
 */
export const MODEL_LIST_ENDPOINTS = {
  anthropic: { id: 'anthropic.models', protocol: 'anthropic', kind: 'models', method: 'GET', url: '/v1/models' },
  openai: { id: 'openai.models', protocol: 'openai-chat', kind: 'models', method: 'GET', url: '/v1/models' },
  gemini: { id: 'gemini.models', protocol: 'gemini', kind: 'models', method: 'GET', url: '/v1beta/models' },
  geminiV1: { id: 'gemini.models', protocol: 'gemini', kind: 'models', method: 'GET', url: '/v1/models' },
} as const satisfies Record<string, Endpoint>;
