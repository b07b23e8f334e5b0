import { describe, expect, it } from 'vitest';
import type { Usage } from '../usage/index.js';
import { BUILTIN_PRICES } from './builtin-prices.js';
import { computeCost, reservationNano } from './compute-cost.js';
import type { ModelPrice } from './model-price.js';
import { resolvePrice } from './resolve-price.js';

function usage(parts: Partial<Usage>): Usage {
  return {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
    ...parts,
  };
}

function builtin(model: string): ModelPrice {
  const resolved = resolvePrice(model, BUILTIN_PRICES);
  if (!resolved) throw new Error(`no built-in price for ${model}`);
  return resolved.price;
}

const claudeCodeTurn = usage({
  inputTokens: 1200,
  cacheReadTokens: 45_000,
  cacheWrite5mTokens: 3000,
  cacheWrite1hTokens: 2000,
  outputTokens: 800,
});

describe('computeCost', () => {
  it('prices a Claude Code turn with prompt caching (claude-sonnet-4-5)', () => {
    // by hand, $/M: input 1,200 × 3 = 0.0036; cache read 45,000 × 0.30 = 0.0135;
    // write 5m 3,000 × 3.75 = 0.01125; write 1h 2,000 × 6 = 0.012; output 800 × 15 = 0.012
    // total 0.0036 + 0.0135 + 0.01125 + 0.012 + 0.012 = 0.05235
    expect(computeCost(claudeCodeTurn, builtin('claude-sonnet-4-5-20250929'), '1')).toEqual({
      totalUsd: '0.05235',
      breakdown: {
        inputUsd: '0.0036',
        outputUsd: '0.012',
        cacheReadUsd: '0.0135',
        cacheWrite5mUsd: '0.01125',
        cacheWrite1hUsd: '0.012',
        requestUsd: '0',
      },
      priced: true,
    });
  });

  it('applies the cost multiplier to every part (0.8)', () => {
    // 0.05235 × 0.8 = 0.04188; parts 0.00288 + 0.0108 + 0.009 + 0.0096 + 0.0096
    const cost = computeCost(claudeCodeTurn, builtin('claude-sonnet-4-5'), '0.8');
    expect(cost.totalUsd).toBe('0.04188');
    expect(cost.breakdown).toMatchObject({ inputUsd: '0.00288', cacheReadUsd: '0.0108', cacheWrite5mUsd: '0.009' });
  });

  it('uses the long-context prices for every token kind above 200k prompt tokens', () => {
    // prompt = 10,000 + 180,000 + 15,000 + 5,000 = 210,000 > 200,000. By hand, $/M:
    // input 10,000 × 6 = 0.06; read 180,000 × 0.60 = 0.108; write 5m 15,000 × 7.50 = 0.1125;
    // write 1h 5,000 × 12 = 0.06; output 2,000 × 22.50 = 0.045; total 0.3855
    const long = usage({
      inputTokens: 10_000,
      cacheReadTokens: 180_000,
      cacheWrite5mTokens: 15_000,
      cacheWrite1hTokens: 5000,
      outputTokens: 2000,
    });
    expect(computeCost(long, builtin('claude-sonnet-4-5'), '1').totalUsd).toBe('0.3855');
  });

  it('keeps the base prices at exactly 200k prompt tokens', () => {
    // 200,000 × $3/M = 0.6; 1,000 × $15/M = 0.015
    const edge = usage({ inputTokens: 200_000, outputTokens: 1000 });
    expect(computeCost(edge, builtin('claude-sonnet-4-5'), '1').totalUsd).toBe('0.615');
  });

  it('derives a missing long-context cache price from the long-context input price', () => {
    // a LiteLLM-style entry without any 1h price: above 200k, 1h write = 2 × $6/M = $12/M
    const sonnet4: ModelPrice = {
      input_cost_per_token: 3e-6,
      output_cost_per_token: 1.5e-5,
      input_cost_per_token_above_200k_tokens: 6e-6,
      output_cost_per_token_above_200k_tokens: 2.25e-5,
      cache_read_input_token_cost: 3e-7,
      cache_read_input_token_cost_above_200k_tokens: 6e-7,
    };
    // 200,001 × 6 = 1.200006; 10,000 × 12 = 0.12; 10,000 × 7.5 (1.25 × 6) = 0.075 → 1.395006
    const long = usage({ inputTokens: 200_001, cacheWrite1hTokens: 10_000, cacheWrite5mTokens: 10_000 });
    expect(computeCost(long, sonnet4, '1').breakdown).toMatchObject({
      inputUsd: '1.200006',
      cacheWrite1hUsd: '0.12',
      cacheWrite5mUsd: '0.075',
    });
  });

  it('prices a Codex (gpt-5-codex) turn with cached input and reasoning once', () => {
    // input 2,294 × 1.25 = 0.0028675; cached 22,016 × 0.125 = 0.002752;
    // output 1,830 × 10 = 0.0183 (1,472 reasoning tokens are inside it); total 0.0239195
    const codex = usage({ inputTokens: 2294, cacheReadTokens: 22_016, outputTokens: 1830, reasoningTokens: 1472 });
    const cost = computeCost(codex, builtin('gpt-5-codex'), '1');
    expect(cost.totalUsd).toBe('0.0239195');
    expect(computeCost({ ...codex, reasoningTokens: 0 }, builtin('gpt-5-codex'), '1')).toEqual(cost);
  });

  it('prices a Gemini 2.5 Pro turn with thoughts and cached content', () => {
    // input 2,500 × 1.25 = 0.003125; cached 16,000 × 0.125 = 0.002;
    // output (640 + 1,752 thoughts) 2,392 × 10 = 0.02392; total 0.029045
    const gemini = usage({ inputTokens: 2500, cacheReadTokens: 16_000, outputTokens: 2392, reasoningTokens: 1752 });
    expect(computeCost(gemini, builtin('models/gemini-2.5-pro'), '1').totalUsd).toBe('0.029045');
    // above 200k: 150,000 × 2.50 = 0.375; 60,000 × 0.25 = 0.015; 1,000 × 15 = 0.015 → 0.405
    const long = usage({ inputTokens: 150_000, cacheReadTokens: 60_000, outputTokens: 1000 });
    expect(computeCost(long, builtin('gemini-2.5-pro'), '1').totalUsd).toBe('0.405');
  });

  it('falls back to 1.25× / 2× / 0.1× the input price for missing cache prices', () => {
    // $2/M input: read 10,000 × 0.2 = 0.002; 5m 4,000 × 2.5 = 0.01; 1h 1,000 × 4 = 0.004;
    // input 1,000 × 2 = 0.002; output 100 × 10 = 0.001; total 0.019
    const price: ModelPrice = { input_cost_per_token: 2e-6, output_cost_per_token: 1e-5 };
    const turn = usage({
      inputTokens: 1000,
      cacheReadTokens: 10_000,
      cacheWrite5mTokens: 4000,
      cacheWrite1hTokens: 1000,
      outputTokens: 100,
    });
    expect(computeCost(turn, price, '1')).toEqual({
      totalUsd: '0.019',
      breakdown: {
        inputUsd: '0.002',
        outputUsd: '0.001',
        cacheReadUsd: '0.002',
        cacheWrite5mUsd: '0.01',
        cacheWrite1hUsd: '0.004',
        requestUsd: '0',
      },
      priced: true,
    });
  });

  it('adds a per-request fee once, multiplied', () => {
    // (1,000 × $1/M + $0.01) × 2 = 0.022
    const price: ModelPrice = { input_cost_per_token: 1e-6, input_cost_per_request: 0.01 };
    expect(computeCost(usage({ inputTokens: 1000 }), price, '2').totalUsd).toBe('0.022');
  });

  it('returns an unpriced zero cost for an unknown model', () => {
    const resolved = resolvePrice('my-private-finetune', BUILTIN_PRICES);
    expect(resolved).toBeNull();
    expect(computeCost(claudeCodeTurn, resolved?.price ?? null, '1')).toEqual({
      totalUsd: '0',
      breakdown: {
        inputUsd: '0',
        outputUsd: '0',
        cacheReadUsd: '0',
        cacheWrite5mUsd: '0',
        cacheWrite1hUsd: '0',
        requestUsd: '0',
      },
      priced: false,
    });
  });

  it('stays exact where binary floating point would not', () => {
    // the same Claude Code turn summed in doubles comes out as 0.052349999999999994
    const floatSum = 1200 * 3e-6 + 45_000 * 3e-7 + 3000 * 3.75e-6 + 2000 * 6e-6 + 800 * 1.5e-5;
    expect(floatSum).not.toBe(0.05235);
    expect(computeCost(claudeCodeTurn, builtin('claude-sonnet-4-5'), '1').totalUsd).toBe('0.05235');
  });

  it('rejects an invalid multiplier', () => {
    expect(() => computeCost(claudeCodeTurn, null, 'abc')).toThrow(RangeError);
    expect(() => computeCost(claudeCodeTurn, null, '-1')).toThrow(RangeError);
    expect(() => computeCost(claudeCodeTurn, null, 'Infinity')).toThrow(RangeError);
    expect(computeCost(claudeCodeTurn, builtin('claude-sonnet-4-5'), '0').totalUsd).toBe('0');
  });
});

describe('reservationNano', () => {
  it('prices input at the dearest input rate and output tokens in whole nano-USD, rounded up', () => {
    // Sonnet 4.5: 1h cache write $6 / M, $15 / M output → 1000 + 1000 tokens = $0.021
    expect(reservationNano(builtin('claude-sonnet-4-5'), 1000, 1000)).toBe(21_000_000);
    expect(reservationNano({ input_cost_per_token: 1e-10, output_cost_per_token: 0 }, 1, 0)).toBe(1);
  });

  it('uses the long-context prices above 200k prompt tokens and adds a per-request fee', () => {
    // above 200k: 1h cache write $12 / M, $22.50 / M output
    expect(reservationNano(builtin('claude-sonnet-4-5'), 300_000, 1000)).toBe(3_600_000_000 + 22_500_000);
    expect(
      reservationNano({ input_cost_per_token: 0, output_cost_per_token: 0, input_cost_per_request: 0.01 }, 10, 10),
    ).toBe(10_000_000);
  });

  it('is never below the exact cost of the same usage', () => {
    const model = builtin('gpt-5');
    const exact = computeCost(usage({ inputTokens: 12_345, outputTokens: 678 }), model, '1').totalUsd;
    expect(reservationNano(model, 12_345, 678)).toBe(Math.ceil(Number(exact) * 1e9));
    const claude = builtin('claude-opus-4-5');
    const written = computeCost(usage({ cacheWrite1hTokens: 12_345, outputTokens: 678 }), claude, '1').totalUsd;
    expect(reservationNano(claude, 12_345, 678)).toBeGreaterThanOrEqual(Math.ceil(Number(written) * 1e9));
  });
});
