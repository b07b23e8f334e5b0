import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';

/** Anthropic refuses an extended-thinking budget below this. */
export const MIN_THINKING_BUDGET = 1024;

export interface BudgetCorrection {
  changes: Record<string, unknown>;
  /** What was wrong and what it became, for the decision chain. */
  detail: string;
}

/**
 * The thinking-budget rectifier: `budget_tokens` must be at least 1024 and below `max_tokens`,
 * else Anthropic answers 400. A budget below the minimum is raised to it; a budget at or above
 * `max_tokens` becomes half of `max_tokens` (leaving room for the answer); when `max_tokens`
 * cannot hold the minimum budget, thinking is switched off. Null when the request is fine.
 */
export function correctThinkingBudget(body: JsonBody): BudgetCorrection | null {
  if (!body.has('thinking')) return null;
  const thinking = asRecord(body.get('thinking'));
  if (!thinking || thinking['type'] !== 'enabled') return null;
  const budget = thinking['budget_tokens'];
  const maxTokens = body.get('max_tokens');
  if (typeof budget !== 'number' || typeof maxTokens !== 'number') return null;
  if (budget >= MIN_THINKING_BUDGET && budget < maxTokens) return null;
  if (maxTokens <= MIN_THINKING_BUDGET) {
    return {
      changes: { thinking: { type: 'disabled' } },
      detail: `max_tokens ${maxTokens} cannot hold the minimum budget ${MIN_THINKING_BUDGET}: thinking off`,
    };
  }
  const corrected =
    budget < MIN_THINKING_BUDGET ? MIN_THINKING_BUDGET : Math.max(MIN_THINKING_BUDGET, Math.floor(maxTokens / 2));
  return {
    changes: { thinking: { ...thinking, budget_tokens: corrected } },
    detail: `budget_tokens ${budget} → ${corrected} (max_tokens ${maxTokens})`,
  };
}
