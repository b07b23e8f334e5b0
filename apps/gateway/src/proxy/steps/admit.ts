import { GatewayError, type Provider, usdToNano } from '@cch/core';
import type { Logger } from 'pino';
import type { ReservationInput } from '../../limits/estimate-reservation.js';
import type { LimitService } from '../../limits/limit-service.js';
import type { CostResult } from '../../pricing/price-book.js';
import { CONTINUE, type ProxyContext, type ProxyStep } from '../context.js';

export interface AdmitDeps {
  limits: LimitService;
  estimateNano: (input: ReservationInput) => number;
  providerById: (id: string) => Provider | undefined;
  logger: Logger;
}

function reservationInput(ctx: ProxyContext): ReservationInput {
  return {
    model: ctx.body?.model ?? null,
    protocol: ctx.endpoint.protocol,
    bodyBytes: ctx.rawBody.length,
    maxOutputTokens: ctx.body?.maxOutputTokens ?? null,
  };
}

function actualNano(cost: CostResult | null): number {
  if (!cost) return 0;
  try {
    return usdToNano(cost.totalUsd);
  } catch {
    return 0;
  }
}

/**
 * Step 5 (§6): every user and key limit of a generate request in one atomic admit, reserving an
 * estimate; refusals are 429 (RPM, sessions) or 402 (spend) naming the limit. The response phase
 * swaps the reservation for the actual cost (0 when the request failed) and records provider
 * usage. Sessions are not released: they stay live until SESSION_TTL after their last request.
 */
export function createAdmit(deps: AdmitDeps): ProxyStep {
  return {
    name: 'admit',
    async onRequest(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return CONTINUE;
      const outcome = await deps.limits.admit({
        user: ctx.identity.user,
        key: ctx.identity.key,
        sessionId: ctx.session?.id ?? null,
        requestId: ctx.requestId,
        estimateNano: deps.estimateNano(reservationInput(ctx)),
      });
      if (outcome.admitted) {
        ctx.admission = outcome.admission;
        return CONTINUE;
      }
      const { refusal } = outcome;
      const error = new GatewayError(refusal.code, { message: refusal.message, headers: refusal.headers });
      return { action: 'reply', error };
    },

    onComplete(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity || ctx.admission === undefined) return;
      const attemptedIds = new Set(ctx.attempts.map((a) => a.providerId));
      const attempted = [...attemptedIds].flatMap((id) => deps.providerById(id) ?? []);
      void deps.limits
        .settle({
          admission: ctx.admission,
          actualNano: actualNano(ctx.cost),
          requestId: ctx.requestId,
          sessionId: ctx.session?.id ?? null,
          attempted,
          served: ctx.outcome?.provider ?? null,
        })
        .catch((error: unknown) =>
          deps.logger.warn({ reqId: ctx.requestId, err: String(error) }, 'limit settlement failed'),
        );
    },
  };
}
