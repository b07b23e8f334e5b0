import { Decimal } from 'decimal.js';

/** Enough significant digits for numeric(24, 10) sums, so additions never round. */
export const ExactDecimal = Decimal.clone({ precision: 40 });

/** A numeric column's text without trailing zeros ("0.0012300000" → "0.00123"), never exponential. */
export function normalizeDecimal(value: string): string {
  return new ExactDecimal(value).toFixed();
}
