import { billForcedCacheTtl, type RequestRules } from '@cch/core';
import type { ProxyStep } from '../context.js';

export interface BillForcedCacheTtlDeps {
  rules: () => RequestRules | undefined;
}

/**
 * Response phase, just before meter prices the request: when the answering provider's override
 * forced a 1-hour cache TTL and the upstream did not split its cache writes by TTL, they are
 * counted as the 1-hour writes they were (billed at the 1-hour price).
 */
export function createBillForcedCacheTtl(deps: BillForcedCacheTtlDeps): ProxyStep {
  return {
    name: 'bill-forced-cache-ttl',
    onComplete(ctx) {
      const outcome = ctx.outcome;
      if (!outcome?.usage || !outcome.provider) return;
      const ttl = deps.rules()?.overrideByProvider.get(outcome.provider.id)?.cacheTtl ?? null;
      outcome.usage = billForcedCacheTtl(outcome.usage, ttl);
    },
  };
}
