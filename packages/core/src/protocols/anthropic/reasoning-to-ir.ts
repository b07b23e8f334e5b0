import type { IrReasoning } from '../../ir/ir-request.js';
import { type ClaudeEffort, effortToIr } from './effort-budget.js';

export interface WireThinking {
  type: string;
  budget_tokens?: number | undefined;
  display?: 'summarized' | 'omitted' | null | undefined;
}

/**
 * `thinking` with `output_config.effort` → IR reasoning:
 * - `enabled` + `budget_tokens` → a budget (with the effort, when one is given too);
 * - `adaptive` → adaptive, or an effort when `output_config.effort` says how much (Claude Code
 *   sends `adaptive` + `effort: "high"`); `between_tools` is adaptive thinking too;
 * - `disabled` → disabled (an effort beside it only tunes answer length: dropped);
 * - no `thinking` but an effort → that effort; neither → null.
 * Thinking text is shown unless `display` is `omitted`.
 */
export function reasoningToIr(
  thinking: WireThinking | undefined,
  effort: ClaudeEffort | null | undefined,
): { reasoning: IrReasoning | null; includeReasoning: boolean } {
  const irEffort = effort ? effortToIr(effort) : undefined;
  const shown = thinking?.display !== 'omitted';
  if (!thinking)
    return { reasoning: irEffort ? { type: 'effort', effort: irEffort } : null, includeReasoning: !!irEffort };
  if (thinking.type === 'disabled') return { reasoning: { type: 'disabled' }, includeReasoning: false };
  if (thinking.type === 'enabled') {
    const budgetTokens = thinking.budget_tokens ?? 0;
    return {
      reasoning: irEffort ? { type: 'budget', budgetTokens, effort: irEffort } : { type: 'budget', budgetTokens },
      includeReasoning: shown,
    };
  }
  return { reasoning: irEffort ? { type: 'effort', effort: irEffort } : { type: 'adaptive' }, includeReasoning: shown };
}
