import { describe, expect, it } from 'vitest';
import { BUILTIN_PRICES } from './builtin-prices.js';
import { familyPriceKey, unknownModelPolicyOf } from './family-price.js';

describe('familyPriceKey', () => {
  it('prices tomorrow’s models as today’s newest of their family', () => {
    expect(familyPriceKey('claude-opus-4-7')).toBe('claude-opus-4-6');
    expect(familyPriceKey('claude-sonnet-5-20261201')).toBe('claude-sonnet-4-6');
    expect(familyPriceKey('anthropic/claude-haiku-5')).toBe('claude-haiku-4-5');
    expect(familyPriceKey('gpt-5.2-codex')).toBe('gpt-5.1-codex');
    expect(familyPriceKey('gpt-5.2-codex-mini')).toBe('gpt-5.1-codex-mini');
    expect(familyPriceKey('gpt-5.5')).toBe('gpt-5.1');
    expect(familyPriceKey('gemini-3-flash-preview')).toBe('gemini-2.5-flash');
    expect(familyPriceKey('models/gemini-3.5-pro')).toBe('gemini-3-pro-preview');
    expect(familyPriceKey('llama-4-maverick')).toBeNull();
  });

  it('names only keys the built-in table has', () => {
    const names = ['claude-opus-x', 'claude-sonnet-x', 'claude-haiku-x', 'claude-x', 'gpt-5-codex-mini-x', 'gpt-5-x'];
    const more = ['gpt-5-nano-x', 'gpt-5-mini-x', 'gpt-4.1-x', 'gpt-4o-x', 'o9', 'o9-mini', 'gemini-x-flash-lite'];
    for (const name of [...names, ...more, 'gemini-x-flash', 'gemini-x-pro', 'gemini-x']) {
      expect(BUILTIN_PRICES.has(familyPriceKey(name) ?? ''), name).toBe(true);
    }
  });

  it('reads the policy setting, billing as the family by default', () => {
    expect(unknownModelPolicyOf({})).toBe('family');
    expect(unknownModelPolicyOf({ 'pricing.unknownModelPolicy': 'reject' })).toBe('reject');
    expect(unknownModelPolicyOf({ 'pricing.unknownModelPolicy': 'nonsense' })).toBe('family');
  });
});
