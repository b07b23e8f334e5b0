import type { Logger } from 'pino';
import { type FilterStep, type NewRequestLog, type StateStore, stateKeys, type Usage } from '@cch/core';
import type { ProxyContext } from '../context.js';

export interface CostResult {
  totalUsd: string;
  breakdown: Record<string, string>;
  priced: boolean;
}

export interface SettleDeps {
  store: StateStore;
  enqueueLog: (row: NewRequestLog) => void;
  costOf: (usage: Usage, model: string | null, costMultiplier: string) => CostResult;
  billedModel: 'requested' | 'redirected';
  sessionTtlMs: number;
  storeBodies: boolean;
  now: () => number;
  logger: Logger;
  /** Runs after each request is settled (limit settlement hooks in here). */
  onSettled?: (ctx: ProxyContext, cost: CostResult) => void;
}

const NO_COST: CostResult = { totalUsd: '0', breakdown: {}, priced: false };

function candidateCounts(rounds: FilterStep[][]): { step: string; kept: number }[][] {
  return rounds.map((steps) => steps.map(({ step, kept }) => ({ step, kept })));
}

/** Step 10, off the response path: cost, session binding, log row, access line, cleanups. */
export function createSettle(deps: SettleDeps) {
  function bindSession(ctx: ProxyContext): void {
    const outcome = ctx.outcome;
    if (!ctx.session || !outcome?.provider || ctx.endpoint.kind !== 'generate') return;
    const key = stateKeys.session(ctx.session.id);
    if (outcome.errorClass === null) {
      void deps.store.set(key, outcome.provider.id, deps.sessionTtlMs).catch(() => undefined);
      void deps.store.zadd(stateKeys.activeSessions(), ctx.session.id, deps.now(), deps.sessionTtlMs * 4).catch(() => undefined);
    } else if (outcome.errorClass !== 'client_error' && outcome.errorClass !== 'client_closed') {
      void deps.store.delete(key, outcome.provider.id).catch(() => undefined);
    }
  }

  return function settle(ctx: ProxyContext, local: { reason: string } | null): void {
    const outcome = ctx.outcome;
    const usage = outcome?.usage ?? null;
    const requestedModel = ctx.body?.model ?? null;
    const billedModel = deps.billedModel === 'redirected' ? (outcome?.upstreamModel ?? requestedModel) : requestedModel;
    const cost = usage && outcome?.provider ? deps.costOf(usage, billedModel, outcome.provider.costMultiplier) : NO_COST;
    bindSession(ctx);
    const durationMs = deps.now() - ctx.receivedAt;
    const status = outcome?.status ?? ctx.error?.status ?? 200;
    const errorClass = outcome?.errorClass ?? (ctx.error ? ctx.error.code : null);
    deps.enqueueLog({
      createdAt: new Date(ctx.receivedAt),
      requestId: ctx.requestId,
      userId: ctx.identity?.user.id ?? null,
      keyId: ctx.identity?.key.id ?? null,
      providerId: outcome?.provider?.id ?? null,
      sessionId: ctx.session?.id ?? null,
      protocol: ctx.endpoint.protocol,
      endpoint: ctx.endpoint.id,
      method: ctx.request.method,
      requestedModel: requestedModel ?? '',
      upstreamModel: outcome?.upstreamModel ?? null,
      billedModel,
      statusCode: status,
      errorClass,
      errorMessage: outcome?.errorMessage ?? ctx.error?.message ?? (local ? `answered locally: ${local.reason}` : null),
      durationMs,
      ttfbMs: outcome?.ttfbMs ?? null,
      isStream: ctx.body?.stream ?? false,
      inputTokens: usage?.inputTokens ?? 0,
      outputTokens: usage?.outputTokens ?? 0,
      cacheReadTokens: usage?.cacheReadTokens ?? 0,
      cacheWrite5mTokens: usage?.cacheWrite5mTokens ?? 0,
      cacheWrite1hTokens: usage?.cacheWrite1hTokens ?? 0,
      reasoningTokens: usage?.reasoningTokens ?? 0,
      costUsd: cost.totalUsd,
      costBreakdown: cost.breakdown,
      costMultiplier: outcome?.provider?.costMultiplier ?? '1',
      decisionChain: { attempts: ctx.attempts, rounds: ctx.rounds, session: ctx.session },
      candidateCounts: candidateCounts(ctx.rounds),
      userAgent: ctx.request.userAgent.slice(0, 500),
      clientIp: ctx.request.clientIp,
      requestBody: deps.storeBodies ? ctx.request.rawBody.toString('utf8') : null,
      responseBody: null,
    });
    deps.onSettled?.(ctx, cost);
    if (deps.logger.isLevelEnabled('info')) logAccess(deps.logger, ctx, { status, errorClass, durationMs, usage, costUsd: cost.totalUsd, model: requestedModel });
    for (const finalize of ctx.finalizers) void Promise.resolve().then(finalize).catch(() => undefined);
  };
}

interface AccessFacts {
  status: number;
  errorClass: string | null;
  durationMs: number;
  usage: Usage | null;
  costUsd: string;
  model: string | null;
}

/** The one access line per proxied request (Fastify's own request logging is off). */
function logAccess(logger: Logger, ctx: ProxyContext, facts: AccessFacts): void {
  const { usage, status, errorClass, durationMs } = facts;
  const outcome = ctx.outcome;
  logger.info(
    {
      reqId: ctx.requestId, protocol: ctx.endpoint.protocol, endpoint: ctx.endpoint.id, provider: outcome?.provider?.name ?? null,
      model: facts.model, status, errorClass, durationMs, ttfbMs: outcome?.ttfbMs ?? null, attempts: ctx.attempts.length,
      tokens: usage ? usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheWrite5mTokens + usage.cacheWrite1hTokens : 0,
      costUsd: facts.costUsd,
    },
    'proxied',
  );
}
