import type { ServerResponse } from 'node:http';
import {
  type Attempt,
  breakerStatusAt,
  type BreakerState,
  chooseProvider,
  type ConfigCache,
  filterCandidates,
  GatewayError,
  type Provider,
  type StateStore,
  stateKeys,
} from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { DispatcherPool } from '../upstream/dispatchers.js';
import type { Failure } from '../upstream/classify-failure.js';
import { attemptUpstream, type AttemptOutcome } from '../upstream/attempt-upstream.js';
import { prepareRequest } from '../upstream/prepare-request.js';
import { reportFailure } from '../upstream/breaker-feedback.js';
import { deliverOutcome } from './deliver.js';

export interface ForwardDeps {
  cache: ConfigCache;
  store: StateStore;
  dispatchers: DispatcherPool;
  maxProvidersPerRequest: number;
  timeZone: string;
  now: () => number;
  random: () => number;
  /** Provider limits exhausted: taken out of selection instead of refusing the caller. */
  isProviderExhausted: (providerId: string, forBoundSession: boolean) => boolean;
}

const SLOT_TTL_MS = 15 * 60_000;

interface RoutingState {
  breakers: Map<string, BreakerState | null>;
  coolingDown: Set<string>;
  boundProviderId: string | null;
}

async function loadRoutingState(deps: ForwardDeps, providers: readonly Provider[], ctx: ProxyContext): Promise<RoutingState> {
  const ids = providers.map((p) => p.id);
  const [breakers, cooldowns, bound] = await Promise.all([
    deps.store.getBreakers(ids.map(stateKeys.breaker)).catch(() => ids.map(() => null)),
    deps.store.getMany(ids.map(stateKeys.cooldown)).catch(() => ids.map(() => null)),
    ctx.session ? deps.store.get(stateKeys.session(ctx.session.id)).catch(() => null) : Promise.resolve(null),
  ]);
  return {
    breakers: new Map(ids.map((id, i) => [id, breakers[i] ?? null])),
    coolingDown: new Set(ids.filter((_, i) => cooldowns[i] !== null)),
    boundProviderId: bound,
  };
}

/** Selection, rewrite, forward and failover (§3 steps 6–9): the pipeline's terminal step. */
export function createForward(deps: ForwardDeps) {
  async function claimSlot(ctx: ProxyContext, provider: Provider): Promise<boolean> {
    if (provider.concurrencyLimit === null) return true;
    const key = stateKeys.providerSlots(provider.id);
    const result = await deps.store
      .acquireSlot({ key, member: ctx.requestId, limit: provider.concurrencyLimit, ttlMs: SLOT_TTL_MS, now: deps.now() })
      .catch(() => ({ acquired: true as const, count: 0 }));
    if (result.acquired) ctx.finalizers.push(() => deps.store.releaseSlot(key, ctx.requestId).catch(() => undefined));
    return result.acquired;
  }

  function recordFailure(ctx: ProxyContext, provider: Provider, failure: Failure, state: RoutingState): void {
    reportFailure(deps.store, provider, failure, deps.now());
    if (ctx.session && state.boundProviderId === provider.id) {
      void deps.store.delete(stateKeys.session(ctx.session.id), provider.id).catch(() => undefined);
      state.boundProviderId = null;
    }
  }

  return async function forward(ctx: ProxyContext, res: ServerResponse, clientSignal: AbortSignal): Promise<void> {
    const providers = deps.cache.current().providers;
    const state = await loadRoutingState(deps, providers, ctx);
    const excluded = new Set<string>();
    let lastFailure: Failure | null = null;

    for (let round = 0; round < deps.maxProvidersPerRequest && !clientSignal.aborted; round++) {
      const now = deps.now();
      const { candidates, steps } = filterCandidates(providers, {
        protocol: ctx.endpoint.protocol,
        model: ctx.body?.model ?? null,
        group: ctx.identity?.group ?? 'default',
        userAgent: ctx.request.userAgent,
        now,
        timeZone: deps.timeZone,
        breakerStatus: (id) => breakerStatusAt(state.breakers.get(id) ?? null, now),
        isCoolingDown: (id) => state.coolingDown.has(id),
        isLimitExhausted: (id) => deps.isProviderExhausted(id, id === state.boundProviderId),
        canConvert: () => false,
        excluded,
      });
      ctx.rounds.push(steps);
      const choice = await chooseProvider(candidates, steps, {
        boundProviderId: state.boundProviderId,
        isFailover: round > 0,
        random: deps.random,
        claimSlot: (provider) => claimSlot(ctx, provider),
      });
      if (!choice) break;
      const { provider } = choice;
      const prepared = prepareRequest(ctx, provider);
      for (let retry = 0; retry <= provider.retryBudget; retry++) {
        const startedAt = deps.now();
        const outcome: AttemptOutcome = await attemptUpstream(
          { provider, dispatcher: deps.dispatchers.get(provider, retry > 0 && provider.proxyFallbackToDirect ? 'direct' : 'configured'), url: prepared.url, method: ctx.request.method, headers: prepared.headers, body: prepared.body, stream: ctx.body?.stream ?? false, clientSignal },
          deps.now,
        );
        const attempt: Attempt = {
          providerId: provider.id, providerName: provider.name, reason: retry > 0 ? 'failover' : choice.reason, retry,
          priority: provider.priority, weight: provider.weight, circuit: breakerStatusAt(state.breakers.get(provider.id) ?? null, startedAt),
          upstreamModel: prepared.upstreamModel ?? '', status: null, errorClass: null, errorMessage: null, durationMs: 0,
        };
        ctx.attempts.push(attempt);
        if (outcome.kind !== 'failed') {
          attempt.status = outcome.status;
          await deliverOutcome({ ctx, res, provider, upstreamModel: prepared.upstreamModel, outcome, attempt, startedAt, now: deps.now, breaker: state.breakers.get(provider.id) ?? null, store: deps.store });
          return;
        }
        lastFailure = outcome.failure;
        Object.assign(attempt, { status: outcome.failure.status, errorClass: outcome.failure.errorClass, errorMessage: outcome.failure.message, durationMs: deps.now() - startedAt });
        if (clientSignal.aborted || !outcome.failure.transport) break;
      }
      if (clientSignal.aborted) break;
      if (lastFailure) recordFailure(ctx, provider, lastFailure, state);
      excluded.add(provider.id);
    }

    const timedOut = lastFailure?.errorClass.endsWith('timeout') ?? false;
    ctx.error = clientSignal.aborted
      ? new GatewayError('upstream_failed', { message: 'The client closed the connection.' })
      : lastFailure === null
        ? new GatewayError('no_provider')
        : new GatewayError(timedOut ? 'upstream_timeout' : 'upstream_failed', { message: `Every provider attempt failed; last error: ${lastFailure.errorClass}.` });
    ctx.outcome = { provider: null, upstreamModel: null, status: clientSignal.aborted ? 499 : ctx.error.status, errorClass: lastFailure?.errorClass ?? 'no_provider', errorMessage: ctx.error.message, usage: null, ttfbMs: null, committed: false };
  };
}
