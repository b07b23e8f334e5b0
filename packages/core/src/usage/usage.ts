/**
 * Token usage of one request, normalised across protocols. All counts are non-negative integers.
 * - `inputTokens`: uncached input only (excludes cache reads and cache writes).
 * - `outputTokens`: everything billed as output, reasoning/thinking included.
 * - `reasoningTokens`: the part of `outputTokens` spent on reasoning (informational; never billed twice).
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
}

export function emptyUsage(): Usage {
  return {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
  };
}

/** Everything the prompt consisted of: uncached input plus cache reads and writes. */
export function totalInputTokens(usage: Usage): number {
  return usage.inputTokens + usage.cacheReadTokens + usage.cacheWrite5mTokens + usage.cacheWrite1hTokens;
}
