import { describe, expect, it } from 'vitest';
import { parseModelPrice } from './model-price.js';

describe('parseModelPrice', () => {
  it('accepts numbers and numeric strings and drops unknown fields', () => {
    expect(
      parseModelPrice({
        input_cost_per_token: '1.25e-06',
        output_cost_per_token: 1e-5,
        cache_read_input_token_cost: ' 0.000000125 ',
        mode: 'chat',
        supports_vision: true,
        tpm: 800000,
      }),
    ).toEqual({
      input_cost_per_token: 1.25e-6,
      output_cost_per_token: 1e-5,
      cache_read_input_token_cost: 1.25e-7,
      mode: 'chat',
    });
  });

  it('drops malformed fields on their own and keeps the rest', () => {
    expect(
      parseModelPrice({
        input_cost_per_token: 3e-6,
        output_cost_per_token: 'fifteen',
        cache_read_input_token_cost: -1,
        cache_creation_input_token_cost: null,
        max_input_tokens: 'max input tokens, if the provider specifies it',
        litellm_provider: 7,
      }),
    ).toEqual({ input_cost_per_token: 3e-6 });
  });

  it('rejects entries that are not objects', () => {
    expect(parseModelPrice('3e-06')).toBeNull();
    expect(parseModelPrice(null)).toBeNull();
    expect(parseModelPrice([1, 2])).toBeNull();
  });
});
