import { type BreakerState, breakerStatusAt, type Provider, type StateStore, stateKeys } from '@cch/core';
import type { Failure } from './classify-failure.js';
import type { ProviderHealthCache } from './provider-health-cache.js';

/** A provider's breaker opened (this outcome opened it) or closed again after being open. */
export interface BreakerChange {
  provider: Provider;
  change: 'opened' | 'recovered';
  state: BreakerState;
}

export type BreakerListener = (change: BreakerChange) => void;

/** Where breaker and cooldown writes go, the cache every replica drops once one lands, and who hears of changes. */
export interface BreakerFeedbackTarget {
  store: StateStore;
  providerHealth: Pick<ProviderHealthCache, 'changed'>;
  onBreakerChange?: BreakerListener | undefined;
}

/** Tells the shared breaker about a failed attempt, and cools the provider down after a 429. */
export function reportFailure(target: BreakerFeedbackTarget, provider: Provider, failure: Failure, now: number): void {
  const { store, providerHealth, onBreakerChange } = target;
  if (failure.cooldownMs !== null && failure.cooldownMs > 0) {
    void store
      .set(stateKeys.cooldown(provider.id), failure.errorClass, failure.cooldownMs)
      .then(providerHealth.changed, () => undefined);
  }
  if (!failure.countsForBreaker) return;
  const { failureThreshold, openDurationMs, halfOpenSuccesses } = provider.circuitBreaker;
  void store
    .recordBreakerOutcome({
      key: stateKeys.breaker(provider.id),
      outcome: 'failure',
      now,
      failureThreshold,
      openDurationMs,
      halfOpenSuccesses,
      reason: `${failure.errorClass}: ${failure.message.slice(0, 200)}`,
    })
    .then((state) => {
      providerHealth.changed();
      // the script is atomic: only the outcome that opened the breaker sees it opened at its own `now`
      if (onBreakerChange && state.status === 'open' && state.openedAt === now)
        onBreakerChange({ provider, change: 'opened', state });
    })
    .catch(() => undefined);
}

/** A success only changes a breaker that has counted failures or is recovering; skip the write otherwise. */
export function reportSuccess(
  target: BreakerFeedbackTarget,
  provider: Provider,
  prior: BreakerState | null,
  now: number,
): void {
  if (prior === null || (prior.status === 'closed' && prior.failures === 0)) return;
  const { store, providerHealth, onBreakerChange } = target;
  const { failureThreshold, openDurationMs, halfOpenSuccesses } = provider.circuitBreaker;
  const wasOpen = breakerStatusAt(prior, now) !== 'closed';
  void store
    .recordBreakerOutcome({
      key: stateKeys.breaker(provider.id),
      outcome: 'success',
      now,
      failureThreshold,
      openDurationMs,
      halfOpenSuccesses,
      reason: null,
    })
    .then((state) => {
      providerHealth.changed();
      if (onBreakerChange && wasOpen && state.status === 'closed')
        onBreakerChange({ provider, change: 'recovered', state });
    })
    .catch(() => undefined);
}
