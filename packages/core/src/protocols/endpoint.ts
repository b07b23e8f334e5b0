import type { ProtocolId } from '../domain/protocol.js';

/**
 * `generate`: a model call (billed, limited, failed over); `count_tokens`: forwarded, not billed;
 * `models` / `model`: answered locally from the configuration; `auxiliary`: forwarded to the
 * protocol's providers but not a model call (Code Assist's loadCodeAssist, onboardUser …).
 */
export type EndpointKind = 'generate' | 'count_tokens' | 'models' | 'model' | 'auxiliary';

/** One client-facing endpoint of a protocol. */
export interface Endpoint {
  id: string;
  protocol: ProtocolId;
  kind: EndpointKind;
  method: 'GET' | 'POST';
  /** Route pattern (a wildcard where the path carries the model: `models/{model}:{method}`). */
  url: string;
  /** Where the model is named: the body's `model` (default) or the path (`models/{model}:{method}`). */
  modelIn?: 'body' | 'path';
  /** Whether the answer streams: the body's `stream` flag (default), or fixed by the endpoint's method. */
  stream?: 'body' | 'always' | 'never';
  /**
   * Only providers that speak this protocol natively serve it: its answer is not a model answer the
   * IR can carry (Codex's `/v1/responses/compact` returns a compacted history, not a response).
   */
  nativeOnly?: boolean;
  /** Chat Completions: a streaming request asks the upstream for usage in its last chunk. */
  includeStreamUsage?: boolean;
  /**
   * The path a provider speaking this protocol natively is sent, rebuilt from validated parts
   * (never the client's raw path, so nothing in it can climb out of the provider's base URL).
   */
  upstreamPath(input: { clientPath: string; model: string | null }): string;
}

/** An endpoint at a fixed path, sent upstream to the same path. */
export function fixedEndpoint(endpoint: Omit<Endpoint, 'upstreamPath'>): Endpoint {
  return { ...endpoint, upstreamPath: () => endpoint.url };
}
