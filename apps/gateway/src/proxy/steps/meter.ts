import { NATIVE_PROTOCOL, type UnknownModelPolicy } from '@cch/core';
import type { CostResult, PriceBook } from '../../pricing/price-book.js';
import type { ProxyContext, ProxyStep } from '../context.js';

export interface MeterDeps {
  costOf: PriceBook['costOf'];
  billedModel: () => 'requested' | 'redirected';
  unknownModels: () => UnknownModelPolicy;
}

/**
 * The billed model of a request: the one the client asked for, or the provider's after a redirect.
 * A converted request is always billed on the provider's model: the model the client named
 * belongs to another vendor (a Claude model answered by GPT), whose prices say nothing here.
 */
export function billedModelOf(
  requested: string | null,
  upstream: string | null,
  policy: 'requested' | 'redirected',
  converted = false,
): string | null {
  return policy === 'redirected' || converted ? (upstream ?? requested) : requested;
}

/** Whether the provider that answered speaks another protocol than the client (the request was converted). */
export function wasConverted(ctx: ProxyContext): boolean {
  const provider = ctx.outcome?.provider;
  return provider !== undefined && provider !== null && NATIVE_PROTOCOL[provider.type] !== ctx.endpoint.protocol;
}

const NO_COST: CostResult = { totalUsd: '0', breakdown: {}, priced: false, estimatedFrom: null };

/**
 * Response phase only: the cost of what the upstream reported, before limits settle and the log
 * row is written. A model the price table does not know is billed as the unknown-model policy says.
 */
export function createMeter(deps: MeterDeps): ProxyStep {
  return {
    name: 'meter',
    onComplete(ctx) {
      const outcome = ctx.outcome;
      if (!outcome?.usage || !outcome.provider) {
        ctx.cost = NO_COST;
        return;
      }
      const model = billedModelOf(
        ctx.body?.model ?? null,
        outcome.upstreamModel,
        deps.billedModel(),
        wasConverted(ctx),
      );
      const policy = { unknownModels: deps.unknownModels(), protocol: NATIVE_PROTOCOL[outcome.provider.type] };
      ctx.cost = deps.costOf(outcome.usage, model, outcome.provider.costMultiplier, policy);
    },
  };
}
