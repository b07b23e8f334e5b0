import type { BreakerState, StateStore } from '@cch/core';
import { stateKeys } from '@cch/core';
import type { ProviderHealthCache } from '../../upstream/provider-health-cache.js';

/** What selection reads once per request: breakers and cooldowns (cached), the session binding (store). */
export interface RoutingState {
  breakers: ReadonlyMap<string, BreakerState | null>;
  coolingDown: ReadonlySet<string>;
  boundProviderId: string | null;
}

export interface RoutingStateSources {
  store: StateStore;
  providerHealth: ProviderHealthCache;
}

export async function loadRoutingState(
  sources: RoutingStateSources,
  providerIds: readonly string[],
  sessionId: string | null,
): Promise<RoutingState> {
  const [health, bound] = await Promise.all([
    sources.providerHealth.read(providerIds),
    sessionId ? sources.store.get(stateKeys.session(sessionId)).catch(() => null) : Promise.resolve(null),
  ]);
  return { breakers: health.breakers, coolingDown: health.coolingDown, boundProviderId: bound };
}
