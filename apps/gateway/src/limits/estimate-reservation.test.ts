import { BUILTIN_PRICES, familyPriceKey, resolvePrice, usdToNano } from '@cch/core';
import { describe, expect, it } from 'vitest';
import type { PriceBook } from '../pricing/price-book.js';
import { RESERVE_USD_SETTING } from '@cch/contract';
import { createReservationEstimator, DEFAULT_RESERVE_USD } from './estimate-reservation.js';

/** The built-in table with the family stand-ins, as the price book serves it. */
const prices: Pick<PriceBook, 'priceFor'> = {
  priceFor: (model, policy) => {
    const own = resolvePrice(model, BUILTIN_PRICES)?.price;
    if (own) return { price: own, estimatedFrom: null };
    const standIn = policy.unknownModels === 'family' ? familyPriceKey(model) : null;
    const price = standIn ? BUILTIN_PRICES.get(standIn) : undefined;
    return price && standIn ? { price, estimatedFrom: standIn } : null;
  },
};
const family = () => 'family' as const;
const call = (model: string | null, bodyBytes: number, maxOutputTokens: number | null) => ({
  model,
  protocol: 'anthropic' as const,
  bodyBytes,
  maxOutputTokens,
});

describe('reservation estimate', () => {
  it('covers the worst case: the body at the dearest input rate and the whole max-output field', () => {
    const estimate = createReservationEstimator({ prices, settings: () => ({}), unknownModels: family });
    // claude-sonnet-4-5: 1h cache write $6 / M, output $15 / M; 3000 bytes = 1000 tokens, 1000 output = $0.021
    expect(estimate(call('claude-sonnet-4-5', 3000, 1000))).toBe(usdToNano('0.021'));
    // Claude Code asks for 32 000 output tokens: all of them are reserved ($0.48)
    expect(estimate(call('claude-sonnet-4-5', 0, 32_000))).toBe(usdToNano('0.48'));
    // no max-output field: the model's own maximum (64 000 for Sonnet 4.5)
    expect(estimate(call('claude-sonnet-4-5', 0, null))).toBe(usdToNano('0.96'));
  });

  it('reserves an unknown model at its family price, and the default when nothing prices it', () => {
    const estimate = createReservationEstimator({ prices, settings: () => ({}), unknownModels: family });
    expect(estimate(call('claude-sonnet-9', 0, 1000))).toBe(usdToNano('0.015'));
    expect(estimate(call('no-such-model', 100, null))).toBe(usdToNano(DEFAULT_RESERVE_USD));
    expect(estimate(call(null, 100, null))).toBe(usdToNano(DEFAULT_RESERVE_USD));
    const free = createReservationEstimator({ prices, settings: () => ({}), unknownModels: () => 'free' });
    expect(free(call('claude-sonnet-9', 0, 1000))).toBe(usdToNano(DEFAULT_RESERVE_USD));
  });

  it('uses the admin setting when it holds an amount', () => {
    let settings: Record<string, unknown> = { [RESERVE_USD_SETTING]: '0.25' };
    const estimate = createReservationEstimator({ prices, settings: () => settings, unknownModels: family });
    expect(estimate(call('claude-sonnet-4-5', 3000, 1000))).toBe(250_000_000);
    settings = { [RESERVE_USD_SETTING]: 'lots' };
    expect(estimate(call('claude-sonnet-4-5', 3000, 1000))).toBe(usdToNano('0.021'));
  });
});
