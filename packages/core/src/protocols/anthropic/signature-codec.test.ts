import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature } from './signature-codec.js';

describe('thinking signatures through a Claude client', () => {
  it('keeps Anthropic signatures as they are', () => {
    const signature = { protocol: 'anthropic' as const, value: 'EqQBCgIYAhIM1gbc+/DA==' };
    expect(encodeSignature(signature)).toBe(signature.value);
    expect(decodeSignature(signature.value)).toEqual(signature);
  });

  it("wraps another protocol's token with its item id and unwraps it unchanged", () => {
    for (const signature of [
      { protocol: 'openai-responses' as const, value: 'gAAAAABo.enc-._~', itemId: 'rs_68a1' },
      { protocol: 'gemini' as const, value: 'CiQBVKhc7/thought==' },
    ]) {
      const wrapped = encodeSignature(signature);
      expect(wrapped.startsWith(`cch.${signature.protocol}.`)).toBe(true);
      expect(decodeSignature(wrapped)).toEqual(signature);
    }
  });

  it('reads an empty or damaged wrapper as no signature', () => {
    expect(decodeSignature('')).toBeUndefined();
    expect(decodeSignature('cch.gemini.bm90IGpzb24')).toBeUndefined();
    expect(decodeSignature('cch.nowhere.e30')).toBeUndefined();
  });
});
