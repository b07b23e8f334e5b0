import { type Endpoint, unknownModelPolicyOf } from '@cch/core';
import { createReservationEstimator } from '../limits/estimate-reservation.js';
import type { Runtime } from '../runtime.js';
import { createModelsTerminal } from './answer-models.js';
import type { ProxyStep } from './context.js';
import { notifyBreakerChanges } from '../notifications/breaker-events.js';
import { createForward } from './forward/forward.js';
import { createPipeline, type Terminal } from './pipeline.js';
import { createAdmit } from './steps/admit.js';
import { createAnswerLocally } from './steps/answer-locally.js';
import { createBillForcedCacheTtl } from './steps/bill-forced-cache-ttl.js';
import { createCheckClientVersion } from './steps/check-client-version.js';
import { createRefuseSensitiveWords } from './steps/refuse-sensitive-words.js';
import { createAuthenticate } from './steps/authenticate.js';
import { createGuard } from './steps/guard.js';
import { createMeter } from './steps/meter.js';
import { createPrefetchRouting } from './steps/prefetch-routing.js';
import { createParseBody } from './steps/parse-body.js';
import { createReadBody } from './steps/read-body.js';
import { createRecord } from './steps/record.js';
import { createResolveSession } from './steps/resolve-session.js';

/**
 * Wires the proxy pipeline (§3) from the runtime. Request phases run top to bottom; response
 * phases bottom to top once the answer is out: meter prices it, admit settles the limits,
 * resolve-session binds the session, record writes the log row.
 */
export function createProxyHandler(runtime: Runtime) {
  const { config, cache, store, now, prices, limits, logger } = runtime;
  const settings = () => runtime.settings.current();
  const billedModel = () => settings().billedModel;
  const unknownModels = () => unknownModelPolicyOf(cache.current().settings);
  const requestRules = () => cache.current().requestRules;
  const steps: ProxyStep[] = [
    createRecord({
      enqueueLog: (row) => runtime.logWriter.enqueue(row),
      billedModel,
      storeBodies: () => settings().storeBodies,
      bodyMaxBytes: config.BODY_STORE_MAX_BYTES,
      enqueueBodies: (bodies) => runtime.bodyWriter.enqueue(bodies),
      now,
      logger,
      observe: (ctx, durationMs) => runtime.metrics.record(ctx, Number(ctx.cost?.totalUsd ?? 0), durationMs),
    }),
    createAuthenticate({ cache, now }),
    createCheckClientVersion({ rules: requestRules }),
    createReadBody(),
    createParseBody(),
    createGuard({ refusesUnpriced: (model) => unknownModels() === 'reject' && prices.priceOf(model) === null }),
    createRefuseSensitiveWords({ rules: requestRules }),
    createAnswerLocally({ enabled: () => settings().interceptWarmup }),
    createResolveSession({ store, sessionTtlMs: () => settings().sessionTtlSeconds * 1000, now }),
    createPrefetchRouting({ cache, store, providerHealth: runtime.providerHealth }),
    createAdmit({
      limits,
      estimateNano: createReservationEstimator({ prices, settings: () => cache.current().settings, unknownModels }),
      providerById: (id) => cache.current().providerById.get(id),
      logger,
    }),
    createMeter({ costOf: prices.costOf, billedModel, unknownModels }),
    createBillForcedCacheTtl({ rules: requestRules }),
  ];
  const forward: Terminal = createForward({
    cache,
    store,
    providerHealth: runtime.providerHealth,
    dispatchers: runtime.dispatchers,
    retryBudget: runtime.retryBudget,
    maxProvidersPerRequest: () => settings().maxProvidersPerRequest,
    maxAttemptsPerRequest: () => config.MAX_ATTEMPTS_PER_REQUEST,
    timeZone: () => settings().timeZone,
    now,
    random: runtime.random,
    isProviderExhausted: limits.isProviderExhausted,
    onBreakerChange: notifyBreakerChanges(runtime.notifier, now),
  });
  const models: Terminal = createModelsTerminal({ cache, knownModels: prices.knownModels, now });
  const local = (endpoint: Endpoint) => endpoint.kind === 'models' || endpoint.kind === 'model';
  return createPipeline({
    steps,
    terminals: (endpoint) => (local(endpoint) ? models : forward),
    newRequestId: runtime.newRequestId,
    now,
    inFlight: runtime.inFlight,
    onInternalError: (error, ctx) => logger.error({ reqId: ctx.requestId, err: error }, 'proxy pipeline failed'),
  });
}
