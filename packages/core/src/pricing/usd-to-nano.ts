import { Decimal } from 'decimal.js';
import { ExactDecimal } from './exact-decimal.js';

const NANO_PER_USD = 1_000_000_000;

/**
 * A USD decimal string as integer nano-USD (1e-9 USD), rounded up so a limiter never
 * under-counts spend ("0.0000000001" → 1). Throws a RangeError for text that is not a decimal
 * or an amount beyond exact integer range (about 9 million USD).
 */
export function usdToNano(usd: string): number {
  const cached = nanoCache.get(usd);
  if (cached !== undefined) return cached;
  const nano = convert(usd);
  if (nanoCache.size >= NANO_CACHE_SIZE) nanoCache.clear();
  nanoCache.set(usd, nano);
  return nano;
}

/** Limits are a handful of amounts read on every admission; decimal parsing costs more than the lookup. */
const nanoCache = new Map<string, number>();
const NANO_CACHE_SIZE = 4096;

function convert(usd: string): number {
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
