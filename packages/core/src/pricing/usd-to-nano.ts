import { Decimal } from 'decimal.js';
import { ExactDecimal } from './exact-decimal.js';

const NANO_PER_USD = 1_000_000_000;

/**
 * A USD decimal string as integer nano-USD (1e-9 USD), rounded up so a limiter never
 * under-counts spend ("0.0000000001" → 1). Throws a RangeError for text that is not a decimal
 * or an amount beyond exact integer range (about 9 million USD).
 */
export function usdToNano(usd: string): number {
  let amount: ExactDecimal;
  try {
    amount = new ExactDecimal(usd.trim());
  } catch {
    throw new RangeError(`not a USD amount: "${usd}"`);
  }
  if (!amount.isFinite()) throw new RangeError(`not a USD amount: "${usd}"`);
  const nano = amount.times(NANO_PER_USD).toDecimalPlaces(0, Decimal.ROUND_CEIL);
  const result = nano.toNumber();
  if (!Number.isSafeInteger(result)) throw new RangeError(`USD amount out of range: "${usd}"`);
  return result === 0 ? 0 : result; // normalise -0 (a tiny negative amount rounds up to zero)
}
