import { expect, it } from 'vitest';
import { breakerStatusAt } from '../state-store.js';
import type { BreakerOutcomeInput } from '../state-store.js';
import type { ContractContext } from './contract-context.js';
import { T0 } from './contract-context.js';

const OPEN_MS = 30_000;

function outcome(outcome: 'success' | 'failure', now: number, reason: string | null = null): BreakerOutcomeInput {
  return {
    key: 'breaker:p1',
    outcome,
    now,
    failureThreshold: 3,
    openDurationMs: OPEN_MS,
    halfOpenSuccesses: 2,
    reason,
  };
}

export function breakerContract({ store }: ContractContext): void {
  it('counts consecutive failures while closed and opens at the threshold with that reason', async () => {
    const record = (...args: Parameters<typeof outcome>) => store().recordBreakerOutcome(outcome(...args));
    expect(await record('failure', T0, 'E1')).toMatchObject({ status: 'closed', failures: 1, updatedAt: T0 });
    expect(await record('success', T0 + 1)).toMatchObject({ status: 'closed', failures: 0 });
    await record('failure', T0 + 2, 'E1');
    await record('failure', T0 + 3, 'E2');
    const opened = await record('failure', T0 + 4, 'E3: upstream 503');
    expect(opened).toEqual({
      status: 'open',
      failures: 3,
      successes: 0,
      openedAt: T0 + 4,
      openUntil: T0 + 4 + OPEN_MS,
      reason: 'E3: upstream 503',
      updatedAt: T0 + 4,
    });
    expect(await store().getBreakers(['breaker:p1', 'breaker:unknown'])).toEqual([opened, null]);
  });

  it('stays open until openUntil, then half-open trials close it after enough successes', async () => {
    for (let i = 0; i < 3; i++) await store().recordBreakerOutcome(outcome('failure', T0, 'boom'));
    const whileOpen = await store().recordBreakerOutcome(outcome('success', T0 + 1_000));
    expect(whileOpen).toMatchObject({ status: 'open', openUntil: T0 + OPEN_MS, successes: 0 });
    const [stored] = await store().getBreakers(['breaker:p1']);
    expect(breakerStatusAt(stored ?? null, T0 + OPEN_MS - 1)).toBe('open');
    expect(breakerStatusAt(stored ?? null, T0 + OPEN_MS)).toBe('half-open');

    const trial = await store().recordBreakerOutcome(outcome('success', T0 + OPEN_MS + 1));
    expect(trial).toMatchObject({ status: 'half-open', successes: 1 });
    const closed = await store().recordBreakerOutcome(outcome('success', T0 + OPEN_MS + 2));
    expect(closed).toMatchObject({ status: 'closed', failures: 0, successes: 0, openUntil: null, reason: 'boom' });
    expect(closed.openedAt).toBe(T0);
    expect(breakerStatusAt(closed, T0 + OPEN_MS + 3)).toBe('closed');
  });

  it('a failure while half-open opens it again from now', async () => {
    for (let i = 0; i < 3; i++) await store().recordBreakerOutcome(outcome('failure', T0, 'first'));
    await store().recordBreakerOutcome(outcome('success', T0 + OPEN_MS));
    const reopened = await store().recordBreakerOutcome(outcome('failure', T0 + OPEN_MS + 5, 'second'));
    expect(reopened).toMatchObject({
      status: 'open',
      successes: 0,
      openedAt: T0 + OPEN_MS + 5,
      openUntil: T0 + 2 * OPEN_MS + 5,
      reason: 'second',
    });
    // An open breaker past openUntil that fails again (without a success first) also reopens.
    const again = await store().recordBreakerOutcome(outcome('failure', T0 + 2 * OPEN_MS + 5, null));
    expect(again).toMatchObject({ status: 'open', openedAt: T0 + 2 * OPEN_MS + 5, reason: null });
  });

  it('reset forgets the breaker', async () => {
    for (let i = 0; i < 3; i++) await store().recordBreakerOutcome(outcome('failure', T0, 'x'));
    await store().resetBreaker('breaker:p1');
    expect(await store().getBreakers(['breaker:p1'])).toEqual([null]);
    expect(await store().getBreakers([])).toEqual([]);
    expect(await store().recordBreakerOutcome(outcome('failure', T0 + 1))).toMatchObject({
      status: 'closed',
      failures: 1,
    });
  });
}
