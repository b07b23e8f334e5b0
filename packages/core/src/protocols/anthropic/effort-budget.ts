import type { IrEffort } from '../../ir/ir-request.js';

/**
 * Thinking budget ⇄ effort, the one table both directions read. Claude has token budgets
 * (`budget_tokens`, 1,024 at least) on older models and effort levels (`output_config.effort`:
 * low, medium, high, xhigh, max) on newer ones; OpenAI and Gemini clients speak effort.
 *
 * | effort  | budget_tokens |                                                    |
 * |---------|---------------|----------------------------------------------------|
 * | minimal |  1,024        | Anthropic's smallest budget                        |
 * | low     |  4,096        | Claude Code's "think"                              |
 * | medium  | 10,000        | Claude Code's "think hard"; also used for adaptive |
 * | high    | 32,000        | Claude Code's "ultrathink"                         |
 *
 * A budget reads as the highest effort whose budget it reaches. Claude's `xhigh` and `max` read
 * as `high` (the IR's highest); IR `minimal` is written as Claude's `low` (its lowest).
 */
export const BUDGET_FOR_EFFORT: Readonly<Record<IrEffort, number>> = {
  minimal: 1024,
  low: 4096,
  medium: 10_000,
  high: 32_000,
};

export const MIN_THINKING_BUDGET = 1024;

export function effortForBudget(budgetTokens: number): IrEffort {
  if (budgetTokens >= BUDGET_FOR_EFFORT.high) return 'high';
  if (budgetTokens >= BUDGET_FOR_EFFORT.medium) return 'medium';
  if (budgetTokens >= BUDGET_FOR_EFFORT.low) return 'low';
  return 'minimal';
}

export type ClaudeEffort = 'low' | 'medium' | 'high' | 'xhigh' | 'max';

export function effortToIr(effort: ClaudeEffort): IrEffort {
  return effort === 'xhigh' || effort === 'max' ? 'high' : effort;
}

export function effortFromIr(effort: IrEffort): 'low' | 'medium' | 'high' {
  return effort === 'minimal' ? 'low' : effort;
}
