import { GatewayError, type Provider, usdToNano } from '@cch/core';
import type { Logger } from 'pino';
import type { ReservationInput } from '../../limits/estimate-reservation.js';
import type { LimitService } from '../../limits/limit-service.js';
import { CONTINUE, type ProxyContext, type ProxyStep } from '../context.js';
import type { CostResult } from './settle.js';

export interface AdmitDeps {
  limits: LimitService;
  estimateNano: (input: ReservationInput) => number;
  providerById: (id: string) => Provider | undefined;
  logger: Logger;
}

/** The admit step plus its settlement half, which the settle step calls once the cost is known. */
export interface AdmitStep extends ProxyStep {
  onSettled(ctx: ProxyContext, cost: CostResult): void;
}

function reservationInput(ctx: ProxyContext): ReservationInput {
  const maxTokens = ctx.body?.json.max_tokens;
  return {
    model: ctx.body?.model ?? null,
    bodyBytes: ctx.request.rawBody.length,
    maxTokens: typeof maxTokens === 'number' && Number.isFinite(maxTokens) ? maxTokens : null,
  };
}

function actualNano(cost: CostResult): number {
  try {
    return usdToNano(cost.totalUsd);
  } catch {
    return 0;
  }
}

/**
 * Step 5 (§6): every user and key limit of a generate request in one atomic admit, reserving an
 * estimate; refusals are 429 (RPM, sessions) or 402 (spend) naming the limit. Settlement swaps
 * the reservation for the actual cost (0 when the request failed) and records provider usage.
 * Sessions are not released: they stay live until SESSION_TTL after their last request.
 */
export function createAdmit(deps: AdmitDeps): AdmitStep {
  return {
    name: 'admit',
    async onRequest(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return CONTINUE;
      const outcome = await deps.limits.admit({
        user: ctx.identity.user, key: ctx.identity.key, sessionId: ctx.session?.id ?? null, requestId: ctx.requestId,
        estimateNano: deps.estimateNano(reservationInput(ctx)),
      });
      if (outcome.admitted) {
        ctx.admission = outcome.admission;
        return CONTINUE;
      }
      const { refusal } = outcome;
      return { action: 'reply', error: new GatewayError(refusal.code, { message: refusal.message, headers: refusal.headers }) };
    },

    onSettled(ctx, cost) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return;
      const attempted = [...new Set(ctx.attempts.map((a) => a.providerId))].flatMap((id) => deps.providerById(id) ?? []);
      void deps.limits
        .settle({
          admission: ctx.admission ?? null, actualNano: actualNano(cost), requestId: ctx.requestId, sessionId: ctx.session?.id ?? null,
          attempted, served: ctx.outcome?.provider ?? null,
        })
        .catch((error: unknown) => deps.logger.warn({ reqId: ctx.requestId, err: String(error) }, 'limit settlement failed'));
    },
  };
}
