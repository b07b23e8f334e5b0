import { describe, expect, it } from 'vitest';
import { usdToNano } from './usd-to-nano.js';

describe('usdToNano', () => {
  it('converts exact amounts', () => {
    expect(usdToNano('0.05235')).toBe(52_350_000);
    expect(usdToNano('12.5')).toBe(12_500_000_000);
    expect(usdToNano('0')).toBe(0);
  });

  it('rounds fractions of a nano-dollar up', () => {
    expect(usdToNano('0.0000000001')).toBe(1);
    expect(usdToNano('1.0000000001')).toBe(1_000_000_001);
    expect(usdToNano('0.00000000000000001')).toBe(1);
    expect(usdToNano('-0.0000000001')).toBe(0);
    expect(Object.is(usdToNano('-0.0000000001'), 0)).toBe(true);
  });

  it('rejects text that is not an amount, and amounts beyond exact integers', () => {
    expect(() => usdToNano('')).toThrow(RangeError);
    expect(() => usdToNano('1,5')).toThrow(RangeError);
    expect(() => usdToNano('NaN')).toThrow(RangeError);
    expect(() => usdToNano('10000000')).toThrow(RangeError);
  });
});
