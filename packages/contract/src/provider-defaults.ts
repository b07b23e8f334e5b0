import type { BreakerSettings, ProviderTimeouts } from './providers.js';

/** What the server stores for a field a new provider leaves out. */
export const PROVIDER_DEFAULTS = {
  enabled: true,
  weight: 1,
  priority: 0,
  groups: ['default'],
  costMultiplier: '1',
  retryBudget: 1,
  timeouts: { connectMs: 10_000, firstByteMs: 60_000, streamIdleMs: 120_000, totalMs: 600_000, hedgeAfterMs: null },
  circuitBreaker: { failureThreshold: 5, openDurationMs: 30 * 60_000, halfOpenSuccesses: 2, countNetworkErrors: true },
} as const satisfies {
  enabled: boolean;
  weight: number;
  priority: number;
  groups: readonly string[];
  costMultiplier: string;
  retryBudget: number;
  timeouts: ProviderTimeouts;
  circuitBreaker: BreakerSettings;
};
