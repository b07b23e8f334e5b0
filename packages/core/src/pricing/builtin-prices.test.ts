import { describe, expect, it } from 'vitest';
import { BUILTIN_PRICES } from './builtin-prices.js';
import { parseModelPrice, PRICE_FIELDS } from './model-price.js';
import { resolvePrice } from './resolve-price.js';

const perMillion = (model: string, field: (typeof PRICE_FIELDS)[number]): number | undefined => {
  const value = resolvePrice(model, BUILTIN_PRICES)?.price[field];
  return value === undefined ? undefined : Math.round(value * 1e6 * 1e6) / 1e6;
};

describe('BUILTIN_PRICES', () => {
  it('covers the current Claude, OpenAI and Gemini models', () => {
    const models = [
      'claude-opus-4-6',
      'claude-sonnet-4-6',
      'claude-opus-4-5',
      'claude-opus-4-1',
      'claude-sonnet-4-5',
      'claude-sonnet-4-5-20250929',
      'claude-sonnet-4',
      'claude-sonnet-4-20250514',
      'claude-haiku-4-5',
      'claude-haiku-4-5-20251001',
      'claude-3-5-haiku',
      'claude-3-7-sonnet-20250219',
      'gpt-5',
      'gpt-5-mini',
      'gpt-5-nano',
      'gpt-5-codex',
      'gpt-5.1',
      'gpt-5.1-codex',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4o',
      'gpt-4o-mini',
      'o3',
      'o4-mini',
      'gemini-2.5-pro',
      'gemini-2.5-flash',
      'gemini-2.5-flash-lite',
      'gemini-2.0-flash',
      'gemini-3-pro-preview',
    ];
    const missing = models.filter((model) => resolvePrice(model, BUILTIN_PRICES) === null);
    expect(missing).toEqual([]);
  });

  it('holds the public list prices', () => {
    expect(perMillion('claude-sonnet-4-5', 'input_cost_per_token')).toBe(3);
    expect(perMillion('claude-sonnet-4-6', 'output_cost_per_token')).toBe(15);
    expect(perMillion('claude-opus-4-6', 'input_cost_per_token')).toBe(5);
    expect(perMillion('claude-opus-4-6', 'cache_read_input_token_cost')).toBe(0.5);
    expect(perMillion('claude-sonnet-4-5', 'output_cost_per_token')).toBe(15);
    expect(perMillion('claude-sonnet-4-5', 'cache_creation_input_token_cost')).toBe(3.75);
    expect(perMillion('claude-sonnet-4-5', 'cache_creation_input_token_cost_above_1hr')).toBe(6);
    expect(perMillion('claude-sonnet-4-5', 'cache_read_input_token_cost')).toBe(0.3);
    expect(perMillion('claude-sonnet-4-5', 'input_cost_per_token_above_200k_tokens')).toBe(6);
    expect(perMillion('claude-sonnet-4-5', 'output_cost_per_token_above_200k_tokens')).toBe(22.5);
    expect(perMillion('claude-opus-4-5', 'input_cost_per_token')).toBe(5);
    expect(perMillion('claude-opus-4-5', 'output_cost_per_token')).toBe(25);
    expect(perMillion('claude-haiku-4-5', 'output_cost_per_token')).toBe(5);
    expect(perMillion('gpt-5', 'cache_read_input_token_cost')).toBe(0.125);
    expect(perMillion('gemini-2.5-pro', 'input_cost_per_token_above_200k_tokens')).toBe(2.5);
    expect(perMillion('gemini-3-pro-preview', 'output_cost_per_token_above_200k_tokens')).toBe(18);
  });

  it('stores every price as a short decimal, valid under the LiteLLM schema', () => {
    for (const [model, price] of BUILTIN_PRICES) {
      expect(parseModelPrice(price), model).toEqual(price);
      for (const field of PRICE_FIELDS) {
        const value = price[field];
        if (value !== undefined)
          expect(String(value), `${model} ${field}`).toMatch(/^\d(\.\d{1,5})?e-\d+$|^0\.0*\d{1,5}$/);
      }
    }
  });

  it('lists cache prices at the usual ratios for Anthropic models', () => {
    for (const [model, price] of BUILTIN_PRICES) {
      // Claude 3 Haiku is the exception: its 5m write is $0.30/M, 1.2 × input
      if (price.litellm_provider !== 'anthropic' || model === 'claude-3-haiku-20240307') continue;
      const input = price.input_cost_per_token ?? 0;
      expect(price.cache_creation_input_token_cost, model).toBeCloseTo(input * 1.25, 15);
      expect(price.cache_creation_input_token_cost_above_1hr, model).toBeCloseTo(input * 2, 15);
      expect(price.cache_read_input_token_cost, model).toBeCloseTo(input * 0.1, 15);
    }
  });
});
