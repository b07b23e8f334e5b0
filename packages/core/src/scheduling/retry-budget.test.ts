import { describe, expect, it } from 'vitest';
import { createRetryBudget } from './retry-budget.js';

describe('createRetryBudget', () => {
  it('always allows the minimum number of concurrent retries', () => {
    const budget = createRetryBudget({ ratio: 0.2, minConcurrent: 2 });
    budget.enter();
    const first = budget.acquire();
    const second = budget.acquire();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(budget.acquire()).toBeNull();
    first?.();
    expect(budget.acquire()).not.toBeNull();
    expect(budget.stats().denied).toBe(1);
  });

  it('scales with the requests in flight and shrinks again when they end', () => {
    const budget = createRetryBudget({ ratio: 0.2, minConcurrent: 1 });
    const leaves = Array.from({ length: 50 }, () => budget.enter());
    const retries = Array.from({ length: 12 }, () => budget.acquire());
    expect(retries.filter((r) => r !== null)).toHaveLength(10);
    for (const leave of leaves.slice(0, 45)) leave();
    for (const release of retries) release?.();
    expect([budget.acquire(), budget.acquire()].filter((r) => r !== null)).toHaveLength(1);
  });

  it('counts a release once however often it is called', () => {
    const budget = createRetryBudget({ ratio: 0, minConcurrent: 1 });
    const leave = budget.enter();
    leave();
    leave();
    expect(budget.stats().active).toBe(0);
  });
});
