import { breakerStatusAt } from './state-store.js';
import type { BreakerOutcomeInput, BreakerState } from './state-store.js';

/** Breaker keys outlive their open period by a day, then an idle breaker is forgotten (= closed). */
export const BREAKER_IDLE_TTL_MS = 24 * 60 * 60 * 1000;

export function breakerTtlMs(openDurationMs: number): number {
  return openDurationMs + BREAKER_IDLE_TTL_MS;
}

/**
 * The transition rules of BreakerOutcomeInput. Mirrored line for line by
 * lua/record-breaker-outcome-script.ts; change both together.
 * An open breaker before openUntil ignores outcomes: the same `state` object comes back.
 */
export function applyBreakerOutcome(state: BreakerState, input: BreakerOutcomeInput): BreakerState {
  const { now } = input;
  const status = breakerStatusAt(state, now);
  if (status === 'open') return state;
  if (status === 'closed') {
    if (input.outcome === 'success') return { ...state, failures: 0, successes: 0, updatedAt: now };
    const failures = state.failures + 1;
    if (failures < input.failureThreshold) return { ...state, failures, updatedAt: now };
    return open({ ...state, failures }, input);
  }
  if (input.outcome === 'failure') return open(state, input);
  const successes = state.successes + 1;
  if (successes < input.halfOpenSuccesses) return { ...state, status: 'half-open', successes, updatedAt: now };
  return { ...state, status: 'closed', failures: 0, successes: 0, openUntil: null, updatedAt: now };
}

function open(state: BreakerState, input: BreakerOutcomeInput): BreakerState {
  return {
    ...state,
    status: 'open',
    successes: 0,
    openedAt: input.now,
    openUntil: input.now + input.openDurationMs,
    reason: input.reason,
    updatedAt: input.now,
  };
}
