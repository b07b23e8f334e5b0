import type { CacheTtl } from '@cch/contract';
import type { Usage } from '../../usage/usage.js';

/**
 * The usage as billed when an override forced the cache TTL: an upstream that reports cache
 * writes without the 5 m / 1 h split had them counted as 5-minute writes; with a forced 1 h TTL
 * they were all 1-hour writes, which cost more. A reported split is trusted as it is.
 */
export function billForcedCacheTtl(usage: Usage, ttl: CacheTtl | null): Usage {
  if (ttl !== '1h' || usage.cacheWrite1hTokens > 0 || usage.cacheWrite5mTokens === 0) return usage;
  return { ...usage, cacheWrite1hTokens: usage.cacheWrite5mTokens, cacheWrite5mTokens: 0 };
}
