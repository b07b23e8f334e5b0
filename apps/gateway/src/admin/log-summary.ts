import { type CostPart, type DecisionSummary, decisionChainSchema } from '@cch/contract';
import type { RequestLogSummary } from '@cch/core';

type PricedRow = Pick<
  RequestLogSummary,
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheReadTokens'
  | 'cacheWrite5mTokens'
  | 'cacheWrite1hTokens'
  | 'costBreakdown'
  | 'decisionChain'
>;

function hasCostParts(breakdown: unknown): boolean {
  if (breakdown === null || typeof breakdown !== 'object') return false;
  return Object.keys(breakdown as Partial<Record<CostPart, string>>).length > 0;
}

function usedTokens(row: PricedRow): boolean {
  return row.inputTokens + row.outputTokens + row.cacheReadTokens + row.cacheWrite5mTokens + row.cacheWrite1hTokens > 0;
}

/**
 * A routing decision in a few numbers: who was tried, how many providers the first round started
 * from and why the others were dropped, and whether the cost rests on a known price. A list row
 * carries this instead of the chain, which names every dropped provider (tens of KB with many).
 */
export function summarizeDecision(row: PricedRow): DecisionSummary {
  const chain = decisionChainSchema.parse(row.decisionChain);
  const firstRound = chain.rounds[0] ?? [];
  const byReason = new Map<string, number>();
  for (const step of firstRound) {
    for (const drop of step.dropped) byReason.set(drop.reason, (byReason.get(drop.reason) ?? 0) + 1);
  }
  const firstStep = firstRound[0];
  const estimatedFrom = chain.pricing?.estimatedFrom ?? null;
  let price: DecisionSummary['price'] = 'none';
  if (estimatedFrom !== null) price = 'estimated';
  else if (hasCostParts(row.costBreakdown)) price = 'exact';
  else if (usedTokens(row)) price = 'missing';
  return {
    attempts: chain.attempts.length,
    providers: [...new Set(chain.attempts.map((attempt) => attempt.providerName))],
    candidates: firstStep ? firstStep.kept + firstStep.dropped.length : 0,
    filtered: [...byReason]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    price,
    estimatedFrom,
  };
}

/** A log row as lists send it: the decision chain replaced by its summary. */
export function withDecisionSummary<T extends PricedRow>(
  row: T,
): Omit<T, 'decisionChain'> & { decision: DecisionSummary } {
  const { decisionChain: _chain, ...rest } = row;
  return { ...rest, decision: summarizeDecision(row) };
}
