import type { ServerResponse } from 'node:http';
import {
  type Attempt,
  type BreakerState,
  breakerStatusAt,
  type CompiledErrorRule,
  type GatewayError,
  type Provider,
  type RectifierSwitchboard,
  type StateStore,
} from '@cch/core';
import { type AttemptOutcome, attemptUpstream } from '../../upstream/attempt-upstream.js';
import { reportFailure } from '../../upstream/breaker-feedback.js';
import type { BreakerListener } from '../../upstream/breaker-feedback.js';
import type { Failure } from '../../upstream/classify-failure.js';
import type { CodeAssistProjects } from '../../upstream/code-assist-projects.js';
import type { DispatcherPool } from '../../upstream/dispatchers.js';
import { withAccountProject } from '../convert/code-assist-project.js';
import type { ProxyContext } from '../context.js';
import { deliverOutcome } from './deliver.js';
import type { HedgeLeg } from './hedge-race.js';
import type { AttemptAllowance, AttemptStop } from './attempt-allowance.js';
import { judgeOutcome } from './judge-outcome.js';
import type { PreparedRequest } from './prepare-request.js';
import { withoutThinking } from './rectify-request.js';
import type { ProviderHealthCache } from '../../upstream/provider-health-cache.js';

export interface TryProviderInput {
  ctx: ProxyContext;
  res: ServerResponse;
  provider: Provider;
  prepared: PreparedRequest;
  reason: Attempt['reason'];
  breaker: BreakerState | null;
  clientSignal: AbortSignal;
  allowance: AttemptAllowance;
  /** Set when this turn is one attempt of a hedged stream (its signal is `clientSignal`). */
  leg?: HedgeLeg;
}

export interface TryProviderDeps {
  store: StateStore;
  providerHealth: ProviderHealthCache;
  onBreakerChange?: BreakerListener;
  dispatchers: DispatcherPool;
  codeAssistProjects: CodeAssistProjects;
  now: () => number;
  /** The error rules and rectifier switches of the cached config. */
  governance: () => { errorMatcher: readonly CompiledErrorRule[]; rectifiers: RectifierSwitchboard };
}

/**
 * `answer`: an error rule stopped the failover; send this error to the client now.
 * `cancelled`: the other attempt of a hedged stream answered first (never a breaker failure).
 */
export type TryProviderResult =
  | 'delivered'
  | { failure: Failure | null; stop: AttemptStop | null; answer?: GatewayError; cancelled?: true };

const HEDGE_LOST = 'lost the hedge race: the other attempt answered first; nothing was relayed or billed';

/**
 * A hedged attempt that may not answer (cancelled, or `answering` and the other attempt claimed
 * the client first): its upstream answer, if any, is dropped unread.
 */
function lostHedge(leg: HedgeLeg | undefined, outcome: AttemptOutcome, answering: boolean): boolean {
  if (!leg || (!leg.cancelled() && (!answering || leg.claim()))) return false;
  if (outcome.kind === 'stream') outcome.cancel();
  return true;
}

function cancelledAttempt(attempt: Attempt, durationMs: number): TryProviderResult {
  Object.assign(attempt, { errorClass: 'hedge_cancelled', errorMessage: HEDGE_LOST, durationMs });
  return { failure: null, stop: null, cancelled: true };
}

/**
 * One provider's turn: an attempt, retried on the same provider for transport errors within its
 * retry budget (and the request's attempt allowance), and once more without thinking blocks when
 * the invalid-signature rule says so. Delivers the first answer (success or client error) and says
 * so; else the last failure, why trying stopped early if it did, or the error a rule answers with.
 */
export async function tryProvider(input: TryProviderInput, deps: TryProviderDeps): Promise<TryProviderResult> {
  const { ctx, provider } = input;
  let prepared = await withAccountProject(ctx, input.prepared, provider, deps, input.clientSignal);
  let failure: Failure | null = null;
  let rectified = false;
  for (let retry = 0; retry <= provider.retryBudget; retry++) {
    const permit = input.allowance.request();
    if (typeof permit === 'string') return { failure, stop: permit };
    const startedAt = deps.now();
    const route = retry > 0 && provider.proxyFallbackToDirect ? 'direct' : 'configured';
    const attempt: Attempt = {
      providerId: provider.id,
      providerName: provider.name,
      reason: retry > 0 || rectified ? 'failover' : input.reason,
      retry,
      priority: provider.priority,
      weight: provider.weight,
      circuit: breakerStatusAt(input.breaker, startedAt),
      upstreamModel: prepared.upstreamModel ?? '',
      status: null,
      ...(prepared.conversion && { converted: prepared.conversion }),
      ...(input.leg && { hedge: input.leg.role }),
      errorClass: null,
      errorMessage: null,
      durationMs: 0,
    };
    // recorded before the answer, so the chain keeps the order attempts started in (hedges overlap)
    ctx.attempts.push(attempt);
    let outcome = await attemptUpstream(
      {
        provider,
        dispatcher: deps.dispatchers.get(provider, route),
        url: prepared.url,
        method: ctx.request.method,
        headers: prepared.headers,
        body: prepared.body,
        stream: prepared.stream,
        clientSignal: input.clientSignal,
      },
      deps.now,
    );
    permit.done();
    attempt.status = outcome.kind === 'failed' ? outcome.failure.status : outcome.status;
    if (lostHedge(input.leg, outcome, false)) return cancelledAttempt(attempt, deps.now() - startedAt);
    const { errorMatcher, rectifiers } = deps.governance();
    let judgement = judgeOutcome(errorMatcher, outcome, provider, prepared.upstreamModel);
    if (judgement.kind !== 'pass') ctx.ruleHits.push(judgement.hit);
    if (judgement.kind === 'rectify') {
      const stripped =
        rectified || !rectifiers.isOn('thinking_signature', provider.id) ? null : withoutThinking(prepared);
      if (stripped) {
        Object.assign(attempt, failedAttempt(judgement.failure, deps.now() - startedAt));
        ctx.ruleHits.push({
          kind: 'rectifier',
          ruleId: 'thinking_signature',
          action: 'retried_without_thinking',
          providerId: provider.id,
        });
        prepared = stripped;
        rectified = true;
        retry--; // the rectified retry does not spend the provider's transport retries
        continue;
      }
      judgement = judgement.fallback === 'pass' ? { kind: 'pass' } : { ...judgement, kind: 'fail_over' };
    }
    if (judgement.kind === 'answer') {
      Object.assign(attempt, failedAttempt(judgement.failure, deps.now() - startedAt));
      if (judgement.error) return { failure: judgement.failure, stop: null, answer: judgement.error };
      if (judgement.failure.countsForBreaker) reportFailure(deps, provider, judgement.failure, deps.now());
    }
    if (judgement.kind === 'fail_over') outcome = { kind: 'failed', failure: judgement.failure };
    if (outcome.kind !== 'failed' && lostHedge(input.leg, outcome, true)) {
      return cancelledAttempt(attempt, deps.now() - startedAt);
    }
    if (outcome.kind !== 'failed') {
      const { store, providerHealth, now } = deps;
      const upstreamModel = prepared.upstreamModel;
      const shaper = prepared.shaper;
      await deliverOutcome({
        ...input,
        upstreamModel,
        outcome,
        attempt,
        startedAt,
        now,
        store,
        providerHealth,
        shaper,
        onBreakerChange: deps.onBreakerChange,
      });
      return 'delivered';
    }
    failure = outcome.failure;
    Object.assign(attempt, failedAttempt(failure, deps.now() - startedAt));
    if (input.clientSignal.aborted || !failure.transport) break;
  }
  return { failure, stop: null };
}

function failedAttempt(failure: Failure, durationMs: number) {
  return { errorClass: failure.errorClass, errorMessage: failure.message, durationMs };
}
