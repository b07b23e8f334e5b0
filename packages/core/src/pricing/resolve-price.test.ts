import { describe, expect, it } from 'vitest';
import { BUILTIN_PRICES } from './builtin-prices.js';
import type { ModelPrice } from './model-price.js';
import { priceLookupNames, resolvePrice } from './resolve-price.js';

const keyOf = (model: string, table: ReadonlyMap<string, ModelPrice> = BUILTIN_PRICES): string | null =>
  resolvePrice(model, table)?.key ?? null;

describe('resolvePrice', () => {
  it('matches exactly first', () => {
    expect(keyOf('claude-sonnet-4-5-20250929')).toBe('claude-sonnet-4-5-20250929');
    // the 2024-05-13 snapshot has its own (higher) price and must not fall back to gpt-4o
    expect(resolvePrice('gpt-4o-2024-05-13', BUILTIN_PRICES)?.price.input_cost_per_token).toBe(5e-6);
  });

  it('strips a provider prefix', () => {
    expect(keyOf('anthropic/claude-opus-4-5')).toBe('claude-opus-4-5');
    expect(keyOf('openai/gpt-5.1-codex')).toBe('gpt-5.1-codex');
    expect(keyOf('gemini/gemini-2.5-flash')).toBe('gemini-2.5-flash');
    expect(keyOf('models/gemini-2.5-pro')).toBe('gemini-2.5-pro');
  });

  it('strips a date suffix', () => {
    expect(keyOf('gpt-5-codex-2025-09-15')).toBe('gpt-5-codex');
    expect(keyOf('claude-haiku-4-5-20991231')).toBe('claude-haiku-4-5');
    expect(keyOf('anthropic/claude-sonnet-4-5-20991231')).toBe('claude-sonnet-4-5');
  });

  it('tries the -latest alias both ways', () => {
    expect(keyOf('claude-3-7-sonnet')).toBe('claude-3-7-sonnet-latest');
    const litellmStyle = new Map<string, ModelPrice>([['claude-3-5-haiku', { input_cost_per_token: 8e-7 }]]);
    expect(keyOf('claude-3-5-haiku-latest', litellmStyle)).toBe('claude-3-5-haiku');
  });

  it('falls back to the lower-cased name', () => {
    expect(keyOf('Claude-Sonnet-4-5')).toBe('claude-sonnet-4-5');
  });

  it('returns null for unknown or empty names', () => {
    expect(resolvePrice('my-private-finetune', BUILTIN_PRICES)).toBeNull();
    expect(resolvePrice('  ', BUILTIN_PRICES)).toBeNull();
  });

  it('lists lookup names most specific first', () => {
    expect(priceLookupNames('anthropic/claude-sonnet-4-5-20250929')).toEqual([
      'anthropic/claude-sonnet-4-5-20250929',
      'claude-sonnet-4-5-20250929',
      'claude-sonnet-4-5',
      'claude-sonnet-4-5-latest',
    ]);
  });
});
