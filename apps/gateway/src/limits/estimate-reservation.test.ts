import { BUILTIN_PRICES, resolvePrice, usdToNano } from '@cch/core';
import { describe, expect, it } from 'vitest';
import { createReservationEstimator, DEFAULT_RESERVE_USD, RESERVE_USD_SETTING } from './estimate-reservation.js';

const prices = { priceOf: (model: string) => resolvePrice(model, BUILTIN_PRICES)?.price ?? null };

describe('reservation estimate', () => {
  it('prices the body as input and the capped max_tokens as output', () => {
    const estimate = createReservationEstimator({ prices, settings: () => ({}) });
    // claude-sonnet-4-5 at $3 / M input and $15 / M output: 1000 input tokens (4000 bytes) + 1000 output = $0.018.
    expect(estimate({ model: 'claude-sonnet-4-5', bodyBytes: 4000, maxTokens: 1000 })).toBe(usdToNano('0.018'));
    // Claude Code asks for 32 000 output tokens; the guess stops at 4096.
    expect(estimate({ model: 'claude-sonnet-4-5', bodyBytes: 0, maxTokens: 32_000 })).toBe(usdToNano('0.06144'));
  });

  it('falls back to the default for an unknown or missing model', () => {
    const estimate = createReservationEstimator({ prices, settings: () => ({}) });
    expect(estimate({ model: 'no-such-model', bodyBytes: 100, maxTokens: null })).toBe(usdToNano(DEFAULT_RESERVE_USD));
    expect(estimate({ model: null, bodyBytes: 100, maxTokens: null })).toBe(usdToNano(DEFAULT_RESERVE_USD));
  });

  it('uses the admin setting when it holds an amount', () => {
    let settings: Record<string, unknown> = { [RESERVE_USD_SETTING]: '0.25' };
    const estimate = createReservationEstimator({ prices, settings: () => settings });
    expect(estimate({ model: 'claude-sonnet-4-5', bodyBytes: 4000, maxTokens: 1000 })).toBe(250_000_000);
    settings = { [RESERVE_USD_SETTING]: 'lots' };
    expect(estimate({ model: 'claude-sonnet-4-5', bodyBytes: 4000, maxTokens: 1000 })).toBe(usdToNano('0.018'));
  });
});
