import { isShutdownCut } from '../../lifecycle/in-flight-requests.js';
import type { ServerResponse } from 'node:http';
import {
  breakerStatusAt,
  canConvert,
  chooseProvider,
  type ConfigCache,
  type FilterStep,
  filterCandidates,
  GatewayError,
  HeaderLimitError,
  InvalidIrRequestError,
  type Provider,
  type RetryBudget,
  type StateStore,
  stateKeys,
  UnsupportedFeatureError,
  UpstreamUrlError,
} from '@cch/core';
import { type BreakerListener, reportFailure } from '../../upstream/breaker-feedback.js';
import type { Failure } from '../../upstream/classify-failure.js';
import type { DispatcherPool } from '../../upstream/dispatchers.js';
import type { ProxyContext } from '../context.js';
import { countTokensLocally } from '../convert/count-tokens-locally.js';
import { needsConversion } from '../convert/prepare-converted.js';
import { type AttemptStop, createAttemptAllowance } from './attempt-allowance.js';
import { allFailedError, noProviderError } from './failure-reply.js';
import { type PreparedRequest, prepareRequest } from './prepare-request.js';
import { createCodeAssistProjects } from '../../upstream/code-assist-projects.js';
import type { ProviderHealthCache } from '../../upstream/provider-health-cache.js';
import { loadRoutingState, type RoutingState } from './routing-state.js';
import { type TryProviderInput, type TryProviderResult, tryProvider } from './try-provider.js';
import { createHedgeRace, elapsesBefore, type HedgeLeg } from './hedge-race.js';

export interface ForwardDeps {
  cache: ConfigCache;
  store: StateStore;
  providerHealth: ProviderHealthCache;
  dispatchers: DispatcherPool;
  retryBudget: RetryBudget;
  maxProvidersPerRequest: () => number;
  maxAttemptsPerRequest: () => number;
  timeZone: () => string;
  now: () => number;
  random: () => number;
  /** Provider limits exhausted: taken out of selection instead of refusing the caller. */
  isProviderExhausted: (providerId: string, forBoundSession: boolean) => boolean;
  /** Told when a provider's breaker opens or recovers (notifications). */
  onBreakerChange?: BreakerListener;
}

const SLOT_TTL_MS = 15 * 60_000;

function fail(ctx: ProxyContext, error: GatewayError, errorClass: string, status = error.status): void {
  ctx.error = error;
  ctx.outcome = {
    provider: null,
    upstreamModel: null,
    status,
    errorClass,
    errorMessage: error.message,
    usage: null,
    ttfbMs: null,
    committed: false,
  };
}

/** How long until the first provider dropped for an open circuit lets requests through again. */
function earliestRecoveryMs(round: readonly FilterStep[], state: RoutingState, now: number): number | null {
  const waits = round
    .flatMap((step) => step.dropped)
    .filter((drop) => drop.reason === 'circuit_open')
    .map((drop) => (state.breakers.get(drop.providerId)?.openUntil ?? now) - now);
  return waits.length > 0 ? Math.max(0, Math.min(...waits)) : null;
}

/** A converter could not express the request for this provider's protocol (another provider may). */
function isConversionRefusal(error: unknown): error is Error {
  return error instanceof UnsupportedFeatureError || error instanceof InvalidIrRequestError;
}

/** A request the gateway answers itself instead of the chosen provider (a local token count). */
function answerLocally(ctx: ProxyContext, provider: Provider, answer: () => void): void {
  answer();
  ctx.outcome = {
    provider,
    upstreamModel: null,
    status: 200,
    errorClass: null,
    errorMessage: 'answered locally: estimated token count',
    usage: null,
    ttfbMs: null,
    committed: true,
  };
}

/**
 * An endpoint only native providers serve, asked where the only providers for its protocol would
 * have served it through conversion: a 400 that says so rather than "no provider".
 */
function nativeOnlyRefusal(ctx: ProxyContext, providers: readonly Provider[]): GatewayError | null {
  const { endpoint } = ctx;
  if (!endpoint.nativeOnly) return null;
  const dropped = (ctx.rounds[0] ?? []).find((step) => step.step === 'protocol')?.dropped ?? [];
  const converting = providers.filter(
    (p) => p.acceptedFormats.includes(endpoint.protocol) && dropped.some((d) => d.providerId === p.id),
  );
  if (converting.length === 0) return null;
  const names = converting.map((p) => p.name).join(', ');
  const message =
    `${endpoint.url} is only served by providers that speak ${endpoint.protocol} natively; ` +
    `it cannot be converted for ${names}.`;
  return new GatewayError('invalid_request', { message });
}

/** A request the gateway will not send anywhere: its path or its headers. */
function refusalOf(error: unknown): GatewayError {
  if (error instanceof UpstreamUrlError) {
    return new GatewayError('invalid_request', { message: 'The request path is not valid.' });
  }
  if (error instanceof HeaderLimitError) return new GatewayError('headers_too_large', { message: error.message });
  throw error;
}

/** Selection, rewrite, forward and failover (§3 steps 6–9): the pipeline's terminal step. */
export function createForward(deps: ForwardDeps) {
  async function claimSlot(ctx: ProxyContext, provider: Provider): Promise<boolean> {
    if (provider.concurrencyLimit === null) return true;
    const key = stateKeys.providerSlots(provider.id);
    const limit = provider.concurrencyLimit;
    const result = await deps.store
      .acquireSlot({ key, member: ctx.requestId, limit, ttlMs: SLOT_TTL_MS, now: deps.now() })
      .catch(() => ({ acquired: true as const, count: 0 }));
    if (result.acquired) ctx.finalizers.push(() => deps.store.releaseSlot(key, ctx.requestId).catch(() => undefined));
    return result.acquired;
  }

  function recordFailure(ctx: ProxyContext, provider: Provider, failure: Failure, state: RoutingState): void {
    reportFailure(deps, provider, failure, deps.now());
    if (ctx.session && state.boundProviderId === provider.id) {
      void deps.store.delete(stateKeys.session(ctx.session.id), provider.id).catch(() => undefined);
      state.boundProviderId = null;
    }
  }

  function candidatesFor(
    ctx: ProxyContext,
    providers: readonly Provider[],
    state: RoutingState,
    excluded: Set<string>,
  ) {
    const now = deps.now();
    return filterCandidates(providers, {
      protocol: ctx.endpoint.protocol,
      model: ctx.body?.model ?? null,
      group: ctx.identity?.group ?? 'default',
      userAgent: ctx.request.userAgent,
      now,
      timeZone: deps.timeZone(),
      breakerStatus: (id) => breakerStatusAt(state.breakers.get(id) ?? null, now),
      isCoolingDown: (id) => state.coolingDown.has(id),
      isLimitExhausted: (id) => deps.isProviderExhausted(id, id === state.boundProviderId),
      canConvert: ctx.endpoint.nativeOnly ? () => false : canConvert,
      excluded,
    });
  }

  const tryDeps = {
    ...deps,
    governance: () => deps.cache.current(),
    codeAssistProjects: createCodeAssistProjects(deps.now),
  };

  /** The next provider for a hedge, chosen and prepared like a failover; null when there is none. */
  async function hedgeInput(input: TryProviderInput, state: RoutingState, excluded: Set<string>) {
    const { ctx } = input;
    const { candidates, steps } = candidatesFor(ctx, deps.cache.current().providers, state, excluded);
    const choice = await chooseProvider(candidates, steps, {
      boundProviderId: null,
      isFailover: true,
      random: deps.random,
      claimSlot: (provider) => claimSlot(ctx, provider),
    });
    if (!choice) return null;
    ctx.rounds.push(steps);
    try {
      const prepared = prepareRequest(ctx, choice.provider, deps.cache.current());
      const breaker = state.breakers.get(choice.provider.id) ?? null;
      return { ...input, provider: choice.provider, prepared, reason: choice.reason, breaker };
    } catch {
      return null; // this provider cannot take the request; the failover loop will say why if it matters
    }
  }

  /**
   * One provider's turn, hedged when the provider asks for it and the answer streams: after
   * `hedgeAfterMs` without a first content byte the next provider starts too; the first to answer
   * is relayed and the other is cancelled. An error rule's immediate answer also ends the race.
   */
  async function takeTurn(
    input: TryProviderInput,
    state: RoutingState,
    excluded: Set<string>,
  ): Promise<{ provider: Provider; result: TryProviderResult }[]> {
    const { ctx, provider } = input;
    const hedgeAfterMs = input.prepared.stream ? provider.timeouts.hedgeAfterMs : null;
    if (hedgeAfterMs === null) return [{ provider, result: await tryProvider(input, tryDeps) }];
    const race = createHedgeRace(input.clientSignal);
    const run = (leg: HedgeLeg, legInput: TryProviderInput) =>
      tryProvider({ ...legInput, clientSignal: leg.signal, leg }, tryDeps).then((result) =>
        // an error rule's answer is the client's only if the other attempt has not answered
        result !== 'delivered' && result.answer && !leg.claim() ? { ...result, answer: undefined } : result,
      );
    const primary = run(race.leg('primary', provider.id), input);
    if (!(await elapsesBefore(hedgeAfterMs, primary)) || race.winner() || input.clientSignal.aborted) {
      return [{ provider, result: await primary }];
    }
    const second = await hedgeInput(input, state, new Set([...excluded, provider.id]));
    if (!second) return [{ provider, result: await primary }];
    const hedge = run(race.leg('hedge', second.provider.id), second);
    const detail = `${provider.name} sent no first byte in ${hedgeAfterMs} ms; also started ${second.provider.name}`;
    ctx.ruleHits.push({ kind: 'hedge', ruleId: 'hedged_stream', action: 'started', providerId: provider.id, detail });
    const results = await Promise.all([primary, hedge]);
    const winner = race.winner();
    if (winner) {
      const action = winner.role === 'hedge' ? 'won_by_hedge' : 'won_by_primary';
      ctx.ruleHits.push({ kind: 'hedge', ruleId: 'hedged_stream', action, providerId: winner.providerId });
    }
    return [
      { provider, result: results[0] },
      { provider: second.provider, result: results[1] },
    ];
  }

  async function forward(ctx: ProxyContext, res: ServerResponse, clientSignal: AbortSignal): Promise<void> {
    const providers = deps.cache.current().providers;
    const prefetched = ctx.routing?.providers === providers ? ctx.routing.state : null;
    const ids = providers.map((provider) => provider.id);
    const state = await (prefetched ?? loadRoutingState(deps, ids, ctx.session?.id ?? null));
    const allowance = createAttemptAllowance(deps.maxAttemptsPerRequest(), deps.retryBudget);
    const excluded = new Set<string>();
    let lastFailure: Failure | null = null;
    let stop: AttemptStop | null = null;
    let conversionRefusal: Error | null = null;

    for (let round = 0; round < deps.maxProvidersPerRequest() && !clientSignal.aborted && !stop; round++) {
      const { candidates, steps } = candidatesFor(ctx, providers, state, excluded);
      ctx.rounds.push(steps);
      const choice = await chooseProvider(candidates, steps, {
        boundProviderId: state.boundProviderId,
        isFailover: round > 0,
        random: deps.random,
        claimSlot: (provider) => claimSlot(ctx, provider),
      });
      if (!choice) break;
      const { provider } = choice;
      if (ctx.endpoint.kind === 'count_tokens' && needsConversion(ctx, provider)) {
        return answerLocally(ctx, provider, () => countTokensLocally(ctx, res));
      }
      let prepared: PreparedRequest;
      try {
        prepared = prepareRequest(ctx, provider, deps.cache.current());
      } catch (error) {
        if (!isConversionRefusal(error)) {
          const refusal = refusalOf(error);
          return fail(ctx, refusal, refusal.code);
        }
        conversionRefusal = error; // this provider cannot take it; another may
        excluded.add(provider.id);
        continue;
      }
      const breaker = state.breakers.get(provider.id) ?? null;
      const input = { ctx, res, provider, prepared, reason: choice.reason, breaker, clientSignal, allowance };
      const turns = await takeTurn(input, state, excluded);
      if (turns.some((turn) => turn.result === 'delivered')) return;
      for (const { provider: tried, result } of turns) {
        if (result === 'delivered') continue;
        if (result.answer) {
          if (result.failure) recordFailure(ctx, tried, result.failure, state);
          return fail(ctx, result.answer, result.failure?.errorClass ?? 'error_rule');
        }
        lastFailure = result.failure ?? lastFailure;
        stop = result.stop ?? stop;
        excluded.add(tried.id);
        if (!clientSignal.aborted && result.failure) recordFailure(ctx, tried, result.failure, state);
      }
      if (clientSignal.aborted) break;
    }

    if (isShutdownCut(clientSignal)) {
      return fail(ctx, new GatewayError('shutting_down'), 'shutting_down');
    }
    if (clientSignal.aborted) {
      const gone = new GatewayError('upstream_failed', { message: 'The client closed the connection.' });
      return fail(ctx, gone, lastFailure?.errorClass ?? 'client_closed', 499);
    }
    if (lastFailure === null && conversionRefusal) {
      const error = new GatewayError('invalid_request', { message: conversionRefusal.message });
      return fail(ctx, error, 'conversion_unsupported');
    }
    const nativeOnly = lastFailure === null ? nativeOnlyRefusal(ctx, providers) : null;
    if (nativeOnly) return fail(ctx, nativeOnly, 'conversion_unsupported');
    if (lastFailure === null) {
      const error = noProviderError(ctx.rounds[0] ?? [], earliestRecoveryMs(ctx.rounds[0] ?? [], state, deps.now()));
      return fail(ctx, error, error.code);
    }
    fail(ctx, allFailedError(lastFailure, ctx.attempts.length, stop), lastFailure.errorClass);
  }

  return async function forwardWithinBudget(ctx: ProxyContext, res: ServerResponse, signal: AbortSignal) {
    const leave = deps.retryBudget.enter();
    try {
      await forward(ctx, res, signal);
    } finally {
      leave();
    }
  };
}
