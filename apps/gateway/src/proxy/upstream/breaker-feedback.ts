import { type BreakerState, type Provider, type StateStore, stateKeys } from '@cch/core';
import type { Failure } from './classify-failure.js';

/** Tells the shared breaker about a failed attempt, and cools the provider down after a 429. */
export function reportFailure(store: StateStore, provider: Provider, failure: Failure, now: number): void {
  if (failure.cooldownMs !== null && failure.cooldownMs > 0) {
    void store.set(stateKeys.cooldown(provider.id), failure.errorClass, failure.cooldownMs).catch(() => undefined);
  }
  if (!failure.countsForBreaker) return;
  const { failureThreshold, openDurationMs, halfOpenSuccesses } = provider.circuitBreaker;
  void store
    .recordBreakerOutcome({
      key: stateKeys.breaker(provider.id), outcome: 'failure', now, failureThreshold, openDurationMs, halfOpenSuccesses,
      reason: `${failure.errorClass}: ${failure.message.slice(0, 200)}`,
    })
    .catch(() => undefined);
}

/** A success only changes a breaker that has counted failures or is recovering; skip the write otherwise. */
export function reportSuccess(store: StateStore, provider: Provider, prior: BreakerState | null, now: number): void {
  if (prior === null || (prior.status === 'closed' && prior.failures === 0)) return;
  const { failureThreshold, openDurationMs, halfOpenSuccesses } = provider.circuitBreaker;
  void store
    .recordBreakerOutcome({ key: stateKeys.breaker(provider.id), outcome: 'success', now, failureThreshold, openDurationMs, halfOpenSuccesses, reason: null })
    .catch(() => undefined);
}
