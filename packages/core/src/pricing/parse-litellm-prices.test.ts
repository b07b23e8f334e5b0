import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { parseLitellmPrices } from './parse-litellm-prices.js';
import { resolvePrice } from './resolve-price.js';

const sampleText = readFileSync(new URL('./fixtures/litellm-sample.json', import.meta.url), 'utf8');
const sample = JSON.parse(sampleText) as unknown; // safe: only narrows JSON.parse's `any` to `unknown`

describe('parseLitellmPrices', () => {
  it('keeps priced entries, drops unknown fields and skips sample_spec and invalid entries', () => {
    const result = parseLitellmPrices(sample, { minChatModels: 3 });
    if (!result.ok) throw new Error(result.reason);
    expect([...result.prices.keys()].sort()).toEqual([
      'claude-4-sonnet-20250514',
      'claude-sonnet-4-5-20250929',
      'gemini/gemini-2.5-flash',
      'gpt-5-codex',
      'text-embedding-3-small',
    ]);
    expect(result.chatModels).toBe(4); // chat + responses, not embedding
    expect(result.skipped).toBe(4); // image model, ×1e6 mistake, string entry, negative-only entry
    expect(result.prices.get('claude-sonnet-4-5-20250929')).toEqual({
      cache_creation_input_token_cost: 3.75e-6,
      cache_creation_input_token_cost_above_1hr: 6e-6,
      cache_creation_input_token_cost_above_1hr_above_200k_tokens: 1.2e-5,
      cache_read_input_token_cost: 3e-7,
      input_cost_per_token: 3e-6,
      input_cost_per_token_above_200k_tokens: 6e-6,
      output_cost_per_token_above_200k_tokens: 2.25e-5,
      cache_creation_input_token_cost_above_200k_tokens: 7.5e-6,
      cache_read_input_token_cost_above_200k_tokens: 6e-7,
      litellm_provider: 'anthropic',
      max_input_tokens: 200_000,
      max_output_tokens: 64_000,
      mode: 'chat',
      output_cost_per_token: 1.5e-5,
    });
  });

  it('accepts prices written as numeric strings', () => {
    const result = parseLitellmPrices(sample, { minChatModels: 3 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.prices.get('gemini/gemini-2.5-flash')).toMatchObject({
      input_cost_per_token: 3e-7,
      cache_read_input_token_cost: 3e-8,
    });
  });

  it('produces prices that resolve and compute like the built-in ones', () => {
    const result = parseLitellmPrices(sample, { minChatModels: 3 });
    if (!result.ok) throw new Error(result.reason);
    const resolved = resolvePrice('claude-sonnet-4-5-20250929', result.prices);
    const usage = {
      inputTokens: 1200,
      outputTokens: 800,
      cacheReadTokens: 45_000,
      cacheWrite5mTokens: 3000,
      cacheWrite1hTokens: 2000,
      reasoningTokens: 0,
    };
    expect(computeCost(usage, resolved?.price ?? null, '1').totalUsd).toBe('0.05235');
  });

  it('refuses a file with too few chat models (truncated download, wrong URL)', () => {
    const result = parseLitellmPrices(sample);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/only 4 valid chat-model price entries \(at least 200 expected\)/);
  });

  it.each([
    ['null', null, 'expected an object of model prices, got null'],
    ['an array', [{ input_cost_per_token: 1e-6 }], 'expected an object of model prices, got an array'],
    ['a string', '<!DOCTYPE html><title>404</title>', 'expected an object of model prices, got string'],
    ['a number', 42, 'expected an object of model prices, got number'],
  ])('refuses %s', (_label, json, reason) => {
    expect(parseLitellmPrices(json)).toEqual({ ok: false, reason });
  });

  it('refuses an object of garbage entries', () => {
    const garbage = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`model-${i}`, { mode: 'chat', note: 'no prices' }]),
    );
    const result = parseLitellmPrices(garbage);
    expect(result).toEqual({
      ok: false,
      reason: 'only 0 valid chat-model price entries (at least 200 expected); 500 entries skipped',
    });
  });

  it('accepts a large enough file with the default threshold', () => {
    const many = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [
        `model-${i}`,
        { mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 },
      ]),
    );
    const result = parseLitellmPrices(many);
    expect(result.ok && result.prices.size).toBe(250);
  });
});
