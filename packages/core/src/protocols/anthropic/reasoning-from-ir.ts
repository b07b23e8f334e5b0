import type { IrRequest } from '../../ir/ir-request.js';
import { BUDGET_FOR_EFFORT, effortForBudget, effortFromIr, MIN_THINKING_BUDGET } from './effort-budget.js';
import type { AnthropicModelTraits } from './model-traits.js';

export interface WireReasoning {
  max_tokens: number;
  thinking?: Record<string, unknown>;
  effort?: 'low' | 'medium' | 'high';
}

/**
 * IR reasoning → `max_tokens`, `thinking` and `output_config.effort` for the provider's model
 * (see `model-traits.ts`):
 * - `max_tokens` is required: the client's cap, else the model's output limit.
 * - A budget goes as `budget_tokens` where the model takes budgets, lowered below `max_tokens`
 *   when it is not (the client's cap wins: it bounds what the client pays for); a cap of 1,024
 *   or less leaves no room for the minimum budget, so thinking is left off. Where the model
 *   only thinks adaptively, a budget becomes adaptive thinking with the effort of the table.
 * - Adaptive stays adaptive where the model has it, else it is the medium budget; an effort is
 *   adaptive + `output_config.effort` where the model has both, else the effort's budget.
 * - Disabled is written as `{type: "disabled"}`, except to adaptive-only models (no `thinking`
 *   is off there, and they refuse the explicit form).
 * - Models without thinking (before Claude 3.7) get none: the answer comes without reasoning.
 * - `allowed: false` (forced tool use, or an unsigned tool turn — see `request-from-ir.ts`)
 *   leaves thinking off, because Anthropic refuses such a request with thinking on.
 */
export function reasoningFromIr(request: IrRequest, traits: AnthropicModelTraits, allowed: boolean): WireReasoning {
  const maxTokens = request.maxOutputTokens ?? traits.defaultMaxTokens;
  const reasoning = request.reasoning;
  const off = { max_tokens: maxTokens };
  if (!reasoning || !(traits.budgetThinking || traits.adaptiveThinking)) return off;
  if (reasoning.type === 'disabled' || !allowed)
    return traits.budgetThinking ? { ...off, thinking: { type: 'disabled' } } : off;
  if (traits.adaptiveThinking && (reasoning.type !== 'budget' || !traits.budgetThinking)) {
    const effort =
      reasoning.type === 'effort'
        ? reasoning.effort
        : reasoning.type === 'budget'
          ? (reasoning.effort ?? effortForBudget(reasoning.budgetTokens))
          : undefined;
    const display = traits.thinkingHiddenByDefault && request.includeReasoning ? { display: 'summarized' } : {};
    return {
      ...off,
      thinking: { type: 'adaptive', ...display },
      ...(effort && traits.effort ? { effort: effortFromIr(effort) } : {}),
    };
  }
  const wanted =
    reasoning.type === 'budget'
      ? reasoning.budgetTokens
      : BUDGET_FOR_EFFORT[reasoning.type === 'effort' ? reasoning.effort : 'medium'];
  const budget = Math.max(MIN_THINKING_BUDGET, Math.min(wanted, maxTokens - 1));
  if (budget >= maxTokens) return off;
  const effort = reasoning.type === 'budget' && reasoning.effort && traits.effort ? reasoning.effort : undefined;
  return {
    ...off,
    thinking: { type: 'enabled', budget_tokens: budget },
    ...(effort ? { effort: effortFromIr(effort) } : {}),
  };
}
