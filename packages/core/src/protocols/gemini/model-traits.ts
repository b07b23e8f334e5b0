/**
 * What a Gemini model accepts for thinking, read from its name:
 * - Gemini 3 and later take `thinkingLevel` (low / high) and cannot turn thinking off;
 * - 2.5 Pro thinks always, with a budget of 128–32,768 tokens;
 * - 2.5 Flash / Flash-Lite and others take 0 (off) up to 24,576 tokens.
 */
export interface GeminiModelTraits {
  thinkingLevels: boolean;
  canDisableThinking: boolean;
  minBudget: number;
  maxBudget: number;
  /** Function calls in the history need a thought signature (see `SKIP_SIGNATURE`). */
  signedCalls: boolean;
}

export function geminiModelTraits(model: string): GeminiModelTraits {
  const generation = /gemini-(\d+)/.exec(model)?.[1];
  const modern = generation !== undefined && Number(generation) >= 3;
  const pro = /-pro\b/.test(model);
  return {
    thinkingLevels: modern,
    canDisableThinking: !modern && !pro,
    minBudget: pro ? 128 : 0,
    maxBudget: pro ? 32_768 : 24_576,
    signedCalls: modern,
  };
}
