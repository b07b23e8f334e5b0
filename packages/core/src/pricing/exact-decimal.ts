import { Decimal } from 'decimal.js';

/**
 * Decimal arithmetic for money, with a private configuration (the global Decimal is left alone).
 * 64 significant digits keep every cost exact: a price has at most 17, a token count 16, and
 * sums and a multiplier add a few more.
 */
export const ExactDecimal = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
});
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

/** A JSON price number as an exact decimal: through its shortest string form, so 3e-6 is exactly 0.000003. */
export function priceToDecimal(price: number): ExactDecimal {
  return new ExactDecimal(String(price));
}

/** The exact sum of two USD decimal strings, as a plain decimal string (report totals). */
export function addUsd(a: string, b: string): string {
  return new ExactDecimal(a).plus(b).toFixed();
}
