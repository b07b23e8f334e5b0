import { createReservationEstimator } from '../limits/estimate-reservation.js';
import { limitServiceOf } from '../limits/limit-service-of.js';
import type { Runtime } from '../runtime.js';
import type { Endpoint } from './endpoints.js';
import { createModelsTerminal } from './models.js';
import { createPipeline, type Terminal } from './pipeline.js';
import type { PriceBook } from './price-book.js';
import { createAdmit } from './steps/admit.js';
import { createAuthenticate } from './steps/authenticate.js';
import { createForward } from './steps/forward.js';
import { createGuard } from './steps/guard.js';
import { createInterceptWarmup } from './steps/intercept-warmup.js';
import { createParseBody } from './steps/parse-body.js';
import { createResolveSession } from './steps/resolve-session.js';
import { createSettle } from './steps/settle.js';

/** Wires the proxy pipeline (§3) from the runtime: request steps in order, terminals, settlement. */
export function createProxyHandler(runtime: Runtime, prices: PriceBook) {
  const { config, cache, store, now } = runtime;
  const limits = limitServiceOf(runtime);
  const admit = createAdmit({
    limits, estimateNano: createReservationEstimator({ prices, settings: () => cache.current().settings }),
    providerById: (id) => cache.current().providerById.get(id), logger: runtime.logger,
  });
  const steps = [
    createParseBody(),
    createAuthenticate({ cache, now }),
    createGuard(),
    ...(config.INTERCEPT_WARMUP ? [createInterceptWarmup()] : []),
    createResolveSession(),
    admit,
  ];
  const forward: Terminal = createForward({
    cache, store, dispatchers: runtime.dispatchers, maxProvidersPerRequest: config.MAX_PROVIDERS_PER_REQUEST, timeZone: config.TZ, now, random: runtime.random,
    isProviderExhausted: limits.isProviderExhausted,
  });
  const models: Terminal = createModelsTerminal({ cache, knownModels: prices.knownModels, now });
  const settle = createSettle({
    store, enqueueLog: (row) => runtime.logWriter.enqueue(row), costOf: prices.costOf, billedModel: config.BILLED_MODEL,
    sessionTtlMs: config.SESSION_TTL * 1000, storeBodies: config.STORE_BODIES, now, logger: runtime.logger,
    onSettled: (ctx, cost) => {
      admit.onSettled(ctx, cost);
      runtime.metrics.record(ctx, Number(cost.totalUsd), now() - ctx.receivedAt);
    },
  });
  return createPipeline({
    steps,
    terminals: (endpoint: Endpoint) => (endpoint.kind === 'models' ? models : forward),
    settle,
    newRequestId: runtime.newRequestId,
    now,
    onInternalError: (error, ctx) => runtime.logger.error({ reqId: ctx.requestId, err: error }, 'proxy pipeline failed'),
  });
}
