import type { Usage } from '../../usage/usage.js';

/**
 * Normalised usage → `usageMetadata` (the inverse of `normalizeGeminiUsage`): the prompt count
 * includes cached tokens (cache reads and writes), candidates exclude thoughts.
 */
export function usageMetadataFromIr(usage: Partial<Usage>): Record<string, number> {
  const cached = usage.cacheReadTokens ?? 0;
  const prompt = (usage.inputTokens ?? 0) + cached + (usage.cacheWrite5mTokens ?? 0) + (usage.cacheWrite1hTokens ?? 0);
  const thoughts = usage.reasoningTokens ?? 0;
  const candidates = Math.max(0, (usage.outputTokens ?? 0) - thoughts);
  return {
    promptTokenCount: prompt,
    candidatesTokenCount: candidates,
    totalTokenCount: prompt + candidates + thoughts,
    ...(cached > 0 ? { cachedContentTokenCount: cached } : {}),
    ...(thoughts > 0 ? { thoughtsTokenCount: thoughts } : {}),
  };
}
