import type { ConfigCache } from '@cch/core';
import { loadRoutingState, type RoutingStateSources } from '../forward/routing-state.js';
import { CONTINUE, type ProxyStep } from '../context.js';

export interface PrefetchRoutingDeps extends RoutingStateSources {
  cache: ConfigCache;
}

/**
 * Starts reading the routing state (breakers, cooldowns, session binding) right before admit runs
 * its script, in the same tick, so on Redis both leave in one auto-pipelined write and come back
 * in one round trip. A refused request leaves the read unused; its errors already resolve to
 * "no state".
 */
export function createPrefetchRouting(deps: PrefetchRoutingDeps): ProxyStep {
  return {
    name: 'prefetch-routing',
    onRequest(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return CONTINUE;
      const { providers } = deps.cache.current();
      const ids = providers.map((provider) => provider.id);
      ctx.routing = { providers, state: loadRoutingState(deps, ids, ctx.session?.id ?? null) };
      return CONTINUE;
    },
  };
}
