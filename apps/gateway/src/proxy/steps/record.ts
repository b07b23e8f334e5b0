import type { DecisionChain, FilterStep, NewRequestLog, Usage } from '@cch/core';
import type { Logger } from 'pino';
import { createBodyCapture } from '../../bodies/body-capture.js';
import type { PendingBodies } from '../../bodies/pending-bodies.js';
import { CONTINUE, type ProxyContext, type ProxyStep } from '../context.js';
import { billedModelOf, wasConverted } from './meter.js';

export interface RecordDeps {
  enqueueLog: (row: NewRequestLog) => void;
  billedModel: () => 'requested' | 'redirected';
  storeBodies: () => boolean;
  /** BODY_STORE_MAX_BYTES: each stored body is cut there. */
  bodyMaxBytes: number;
  enqueueBodies: (bodies: PendingBodies) => void;
  now: () => number;
  logger: Logger;
  /** Per-request metrics (after the row is queued). */
  observe: (ctx: ProxyContext, durationMs: number) => void;
}

function candidateCounts(rounds: FilterStep[][]): { step: string; kept: number }[][] {
  return rounds.map((steps) => steps.map(({ step, kept }) => ({ step, kept })));
}

function totalTokens(usage: Usage | null): number {
  if (!usage) return 0;
  return (
    usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheWrite5mTokens + usage.cacheWrite1hTokens
  );
}

function logRow(ctx: ProxyContext, deps: RecordDeps, durationMs: number): NewRequestLog {
  const { outcome, cost } = ctx;
  const usage = outcome?.usage ?? null;
  const requestedModel = ctx.body?.model ?? null;
  return {
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
    billedModel: billedModelOf(requestedModel, outcome?.upstreamModel ?? null, deps.billedModel(), wasConverted(ctx)),
    statusCode: outcome?.status ?? ctx.error?.status ?? ctx.local?.status ?? 200,
    errorClass: outcome?.errorClass ?? ctx.error?.code ?? null,
    errorMessage:
      outcome?.errorMessage ?? ctx.error?.message ?? (ctx.local ? `answered locally: ${ctx.local.reason}` : null),
    durationMs,
    ttfbMs: outcome?.ttfbMs ?? null,
    isStream: ctx.body?.stream ?? false,
    inputTokens: usage?.inputTokens ?? 0,
    outputTokens: usage?.outputTokens ?? 0,
    cacheReadTokens: usage?.cacheReadTokens ?? 0,
    cacheWrite5mTokens: usage?.cacheWrite5mTokens ?? 0,
    cacheWrite1hTokens: usage?.cacheWrite1hTokens ?? 0,
    reasoningTokens: usage?.reasoningTokens ?? 0,
    costUsd: cost?.totalUsd ?? '0',
    costBreakdown: cost?.breakdown ?? {},
    costMultiplier: outcome?.provider?.costMultiplier ?? '1',
    decisionChain: {
      attempts: ctx.attempts,
      rounds: ctx.rounds,
      session: ctx.session,
      ...(ctx.ruleHits.length > 0 && { rules: ctx.ruleHits }),
      ...(cost?.estimatedFrom && { pricing: { estimatedFrom: cost.estimatedFrom } }),
    } satisfies DecisionChain,
    candidateCounts: candidateCounts(ctx.rounds),
    userAgent: ctx.request.userAgent.slice(0, 500),
    clientIp: ctx.request.clientIp,
    // bodies live in their own table (request_bodies), with their own cap and retention
    requestBody: null,
    responseBody: null,
  };
}

/** A caller's request and the answer it got, capped, for the body writer (authenticated callers only). */
function pendingBodies(ctx: ProxyContext, maxBytes: number): PendingBodies | null {
  const capture = ctx.bodyCapture;
  if (capture === null || ctx.identity === null) return null;
  if (ctx.local !== null && ctx.outcome === null) capture.whole(Buffer.from(ctx.local.body));
  const response = capture.result();
  // model lists and other bodiless calls leave nothing worth a row
  if (ctx.rawBody.length === 0 && response.sentBytes === 0) return null;
  return {
    createdAt: new Date(ctx.receivedAt),
    requestId: ctx.requestId,
    sessionId: ctx.session?.id ?? null,
    protocol: ctx.endpoint.protocol,
    request: ctx.rawBody.length <= maxBytes ? ctx.rawBody : ctx.rawBody.subarray(0, maxBytes),
    requestBytes: ctx.rawBody.length,
    response,
    streamRequested: ctx.body?.stream ?? false,
    answerContext: { requestedModel: ctx.body?.model ?? '', clientPath: ctx.request.url },
  };
}

/**
 * Step 10's ledger half, first in the chain so its response phase runs last: the log row (queued
 * for the batched writer), the stored bodies when body storage is on (captured while the answer
 * went out, written by their own batched writer), metrics and the one access line per proxied request.
 */
export function createRecord(deps: RecordDeps): ProxyStep {
  return {
    name: 'record',
    onRequest(ctx) {
      if (deps.storeBodies()) ctx.bodyCapture = createBodyCapture(deps.bodyMaxBytes);
      return CONTINUE;
    },
    onComplete(ctx) {
      const durationMs = deps.now() - ctx.receivedAt;
      const row = logRow(ctx, deps, durationMs);
      deps.enqueueLog(row);
      const bodies = pendingBodies(ctx, deps.bodyMaxBytes);
      if (bodies !== null) deps.enqueueBodies(bodies);
      deps.observe(ctx, durationMs);
      if (!deps.logger.isLevelEnabled('info')) return;
      deps.logger.info(
        {
          reqId: ctx.requestId,
          protocol: ctx.endpoint.protocol,
          endpoint: ctx.endpoint.id,
          provider: ctx.outcome?.provider?.name ?? null,
          model: row.requestedModel || null,
          status: row.statusCode,
          errorClass: row.errorClass,
          durationMs,
          ttfbMs: row.ttfbMs,
          attempts: ctx.attempts.length,
          tokens: totalTokens(ctx.outcome?.usage ?? null),
          costUsd: row.costUsd,
        },
        'proxied',
      );
    },
  };
}
