import type { RetryBudget } from '@cch/core';

/** Why a request stopped trying before it ran out of providers. */
export type AttemptStop = 'attempt_cap' | 'retry_budget';

/**
 * A request's permission to try upstream again: its first attempt is free; each later one (a
 * retry on the same provider or a failover) must stay under the per-request cap and get a slot
 * from the gateway-wide retry budget, held until that attempt has an answer.
 */
export interface AttemptAllowance {
  /** Null: go ahead, then call `done()` when the attempt has its outcome. Else why not. */
  request(): { done: () => void } | AttemptStop;
}

export function createAttemptAllowance(maxAttempts: number, budget: RetryBudget): AttemptAllowance {
  let attempts = 0;
  return {
    request() {
      if (attempts >= maxAttempts) return 'attempt_cap';
      if (attempts === 0) {
        attempts++;
        return { done: () => undefined };
      }
      const release = budget.acquire();
      if (!release) return 'retry_budget';
      attempts++;
      return { done: release };
    },
  };
}
