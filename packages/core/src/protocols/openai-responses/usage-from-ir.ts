import type { Usage } from '../../usage/usage.js';

/**
 * Normalised usage → a Response's `usage` (the inverse of `normalizeOpenAiResponsesUsage`):
 * `input_tokens` is the whole prompt, cache reads and writes included, with the reads in
 * `cached_tokens`; `output_tokens` includes reasoning, split out in `reasoning_tokens`.
 */
export function usageFromIr(usage: Partial<Usage>): Record<string, unknown> {
  const cached = usage.cacheReadTokens ?? 0;
  const input = (usage.inputTokens ?? 0) + cached + (usage.cacheWrite5mTokens ?? 0) + (usage.cacheWrite1hTokens ?? 0);
  const output = usage.outputTokens ?? 0;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: cached },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
    total_tokens: input + output,
  };
}
