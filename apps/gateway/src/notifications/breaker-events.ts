import type { BreakerListener } from '../upstream/breaker-feedback.js';
import type { Notifier } from './notifier.js';

/** Breaker transitions as notifications: one per time the breaker opened (its `openedAt` names it). */
export function notifyBreakerChanges(notifier: Notifier, now: () => number): BreakerListener {
  return ({ provider, change, state }) => {
    const ref = { id: provider.id, name: provider.name };
    const occurrence = String(state.openedAt ?? 'never');
    if (change === 'opened') {
      void notifier.emit(
        { kind: 'circuit_open', at: now(), provider: ref, reason: state.reason, openUntil: state.openUntil },
        { occurrence },
      );
    } else {
      void notifier.emit(
        { kind: 'circuit_recovered', at: now(), provider: ref, openedAt: state.openedAt },
        { occurrence },
      );
    }
  };
}
