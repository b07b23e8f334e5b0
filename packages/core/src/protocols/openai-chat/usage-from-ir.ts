import type { Usage } from '../../usage/usage.js';

/**
 * Normalised usage → Chat's `usage` (the inverse of `normalizeOpenAiChatUsage`): `prompt_tokens`
 * is everything the prompt cost (uncached input, cache reads and cache writes), cache reads are
 * `prompt_tokens_details.cached_tokens`; `completion_tokens` includes reasoning, reported beside
 * it in `completion_tokens_details.reasoning_tokens`.
 */
export function chatUsageFromIr(usage: Partial<Usage>): Record<string, unknown> {
  const cached = usage.cacheReadTokens ?? 0;
  const prompt = (usage.inputTokens ?? 0) + cached + (usage.cacheWrite5mTokens ?? 0) + (usage.cacheWrite1hTokens ?? 0);
  const completion = usage.outputTokens ?? 0;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
  };
}
