import type { ProtocolErrorInput } from '../protocol-adapter.js';

/**
 * `x-should-retry: false`: the Anthropic and OpenAI SDKs (and the CLIs built on them) honour it
 * before their own status rules, so a final error is shown at once instead of retried for minutes.
 */
export const NO_RETRY = { 'x-should-retry': 'false' } as const;

/** Errors no retry within the client's patience can change: spent quotas and long outages. */
export function isFinal(error: Pick<ProtocolErrorInput, 'kind' | 'final'>): boolean {
  return error.final === true || error.kind === 'billing';
}
