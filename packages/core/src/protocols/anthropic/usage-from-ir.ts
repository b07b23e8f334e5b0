import type { Usage } from '../../usage/usage.js';

/**
 * Normalised usage → Anthropic's `usage` (the inverse of `normalizeAnthropicUsage`): `input_tokens`
 * is uncached input, cache writes are totalled in `cache_creation_input_tokens` and split by TTL
 * in `cache_creation`. Reasoning tokens are part of `output_tokens`, as Anthropic bills them.
 */
export function usageFromIr(usage: Partial<Usage>): Record<string, unknown> {
  const write5m = usage.cacheWrite5mTokens ?? 0;
  const write1h = usage.cacheWrite1hTokens ?? 0;
  return {
    input_tokens: usage.inputTokens ?? 0,
    cache_creation_input_tokens: write5m + write1h,
    cache_read_input_tokens: usage.cacheReadTokens ?? 0,
    cache_creation: { ephemeral_5m_input_tokens: write5m, ephemeral_1h_input_tokens: write1h },
    output_tokens: usage.outputTokens ?? 0,
  };
}
