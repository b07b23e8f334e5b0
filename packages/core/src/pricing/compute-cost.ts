import { totalInputTokens, type Usage } from '../usage/index.js';
import { ExactDecimal, priceToDecimal } from './exact-decimal.js';
import type { ModelPrice } from './model-price.js';

/** USD amounts as exact decimal strings in plain notation ("0.0135", never "1.35e-2"). */
export interface CostBreakdown {
  inputUsd: string;
  outputUsd: string;
  cacheReadUsd: string;
  cacheWrite5mUsd: string;
  cacheWrite1hUsd: string;
  requestUsd: string;
}

export interface Cost {
  totalUsd: string;
  /** Each part already includes the multiplier, so the parts add up to `totalUsd` exactly. */
  breakdown: CostBreakdown;
  /** False when the model has no price: every amount is then "0". */
  priced: boolean;
}

/** Prompts above this many tokens (uncached + cache read + cache write) use the `*_above_200k_tokens` prices. */
export const LONG_CONTEXT_THRESHOLD = 200_000;

/** Spec §7 fallbacks, as factors of the input price, for cache prices a model does not list. */
const FALLBACK_FACTOR = { cacheWrite5m: '1.25', cacheWrite1h: '2', cacheRead: '0.1' } as const;

function unpricedCost(): Cost {
  const breakdown: CostBreakdown = {
    inputUsd: '0',
    outputUsd: '0',
    cacheReadUsd: '0',
    cacheWrite5mUsd: '0',
    cacheWrite1hUsd: '0',
    requestUsd: '0',
  };
  return { totalUsd: '0', breakdown, priced: false };
}

/**
 * cost = Σ tokens × per-token price (+ per-request fee), × the cost multiplier, in exact decimal.
 * Reasoning tokens are part of output and are not billed again. When the prompt exceeds 200k
 * tokens and the model has long-context prices, they apply to every token kind of the request.
 * Throws a RangeError when `multiplier` is not a non-negative decimal.
 */
export function computeCost(usage: Usage, price: ModelPrice | null, multiplier: string): Cost {
  const factor = parseMultiplier(multiplier);
  if (!price) return unpricedCost();
  const unit = cachedUnitPrices(price, totalInputTokens(usage) > LONG_CONTEXT_THRESHOLD);
  const scaled = (amount: ExactDecimal): ExactDecimal =>
    amount.isZero() || factor.eq(ONE) ? amount : amount.times(factor);
  // most token kinds are zero in most requests: skip their arithmetic
  const part = (tokens: number, perToken: ExactDecimal): ExactDecimal =>
    tokens === 0 ? ZERO : scaled(perToken.times(tokens));
  const amounts = {
    inputUsd: part(usage.inputTokens, unit.input),
    outputUsd: part(usage.outputTokens, unit.output),
    cacheReadUsd: part(usage.cacheReadTokens, unit.cacheRead),
    cacheWrite5mUsd: part(usage.cacheWrite5mTokens, unit.cacheWrite5m),
    cacheWrite1hUsd: part(usage.cacheWrite1hTokens, unit.cacheWrite1h),
    requestUsd: scaled(unit.request),
  };
  let total = ZERO;
  for (const amount of Object.values(amounts)) if (!amount.isZero()) total = total.plus(amount);
  const text = (amount: ExactDecimal) => (amount.isZero() ? '0' : amount.toFixed());
  return {
    totalUsd: text(total),
    breakdown: {
      inputUsd: text(amounts.inputUsd),
      outputUsd: text(amounts.outputUsd),
      cacheReadUsd: text(amounts.cacheReadUsd),
      cacheWrite5mUsd: text(amounts.cacheWrite5mUsd),
      cacheWrite1hUsd: text(amounts.cacheWrite1hUsd),
      requestUsd: text(amounts.requestUsd),
    },
    priced: true,
  };
}

const ZERO = new ExactDecimal(0);
const ONE = new ExactDecimal(1);

/**
 * What a request may cost at most before it runs, in nano-USD, rounded up: `inputTokens` at the
 * dearest input rate (plain input or a cache write, so a prompt written to a 1-hour cache is
 * covered) and `outputTokens` at the output price, plus any per-request fee.
 * For limiter reservations, never for billing, so plain floating point over per-token nano
 * prices (exact per model) is enough.
 */
export function reservationNano(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  const unit = cachedReservationUnits(price, inputTokens > LONG_CONTEXT_THRESHOLD);
  return Math.ceil(unit.input * inputTokens + unit.output * outputTokens + unit.request);
}

interface ReservationUnits {
  input: number;
  output: number;
  request: number;
}

const reservationUnitCache: TierCache<ReservationUnits> = new WeakMap();

function cachedReservationUnits(price: ModelPrice, longPrompt: boolean): ReservationUnits {
  return cachedPerTier(reservationUnitCache, price, longPrompt, () => {
    const unit = cachedUnitPrices(price, longPrompt);
    const nano = (perToken: ExactDecimal) => perToken.times(NANO_PER_USD).toNumber();
    // only listed cache-write prices count: the fallbacks are for providers that bill writes at all
    const writes5m = price.cache_creation_input_token_cost !== undefined ? nano(unit.cacheWrite5m) : 0;
    const writes1h = price.cache_creation_input_token_cost_above_1hr !== undefined ? nano(unit.cacheWrite1h) : 0;
    const input = Math.max(nano(unit.input), writes5m, writes1h);
    return { input, output: nano(unit.output), request: nano(unit.request) };
  });
}

const NANO_PER_USD = 1_000_000_000;

interface UnitPrices {
  input: ExactDecimal;
  output: ExactDecimal;
  cacheRead: ExactDecimal;
  cacheWrite5m: ExactDecimal;
  cacheWrite1h: ExactDecimal;
  request: ExactDecimal;
}

/** Whether the model lists any long-context (above 200k tokens) price. */
export function hasLongContextPrices(price: ModelPrice): boolean {
  return (
    price.input_cost_per_token_above_200k_tokens !== undefined ||
    price.output_cost_per_token_above_200k_tokens !== undefined ||
    price.cache_read_input_token_cost_above_200k_tokens !== undefined ||
    price.cache_creation_input_token_cost_above_200k_tokens !== undefined ||
    price.cache_creation_input_token_cost_above_1hr_above_200k_tokens !== undefined
  );
}

/**
 * The per-token prices for one request. In the long-context tier a cache price the model does
 * not list for that tier is derived from the tier's input price (never taken from the cheaper
 * short-context list), so e.g. Sonnet's 1h write above 200k is 2 × $6.
 */
function unitPrices(price: ModelPrice, longPrompt: boolean): UnitPrices {
  const long = longPrompt && hasLongContextPrices(price);
  const longInput = long ? price.input_cost_per_token_above_200k_tokens : undefined;
  const input = priceToDecimal(longInput ?? price.input_cost_per_token ?? 0);
  const cachePrice = (base: number | undefined, tier: number | undefined, fallback: string): ExactDecimal => {
    if (long && tier !== undefined) return priceToDecimal(tier);
    if (base !== undefined && longInput === undefined) return priceToDecimal(base);
    return input.times(fallback);
  };
  return {
    input,
    output: priceToDecimal(
      (long ? price.output_cost_per_token_above_200k_tokens : undefined) ?? price.output_cost_per_token ?? 0,
    ),
    cacheRead: cachePrice(
      price.cache_read_input_token_cost,
      price.cache_read_input_token_cost_above_200k_tokens,
      FALLBACK_FACTOR.cacheRead,
    ),
    cacheWrite5m: cachePrice(
      price.cache_creation_input_token_cost,
      price.cache_creation_input_token_cost_above_200k_tokens,
      FALLBACK_FACTOR.cacheWrite5m,
    ),
    cacheWrite1h: cachePrice(
      price.cache_creation_input_token_cost_above_1hr,
      price.cache_creation_input_token_cost_above_1hr_above_200k_tokens,
      FALLBACK_FACTOR.cacheWrite1h,
    ),
    request: priceToDecimal(price.input_cost_per_request ?? 0),
  };
}

/**
 * Every request is priced, and parsing a table's decimal strings costs more than the arithmetic:
 * unit prices are kept per price object (price tables are replaced, never mutated).
 */
const unitPriceCache: TierCache<UnitPrices> = new WeakMap();

function cachedUnitPrices(price: ModelPrice, longPrompt: boolean): UnitPrices {
  return cachedPerTier(unitPriceCache, price, longPrompt, () => unitPrices(price, longPrompt));
}

type TierCache<T> = WeakMap<ModelPrice, { short?: T; long?: T }>;

function cachedPerTier<T>(cache: TierCache<T>, price: ModelPrice, longPrompt: boolean, compute: () => T): T {
  let entry = cache.get(price);
  if (!entry) {
    entry = {};
    cache.set(price, entry);
  }
  const tier = longPrompt ? 'long' : 'short';
  entry[tier] ??= compute();
  return entry[tier];
}

/** Multipliers are a handful of provider settings ("1", "0.8" …). */
const multiplierCache = new Map<string, ExactDecimal>();

function parseMultiplier(multiplier: string): ExactDecimal {
  const cached = multiplierCache.get(multiplier);
  if (cached) return cached;
  const factor = parseMultiplierText(multiplier);
  if (multiplierCache.size >= 256) multiplierCache.clear();
  multiplierCache.set(multiplier, factor);
  return factor;
}

function parseMultiplierText(multiplier: string): ExactDecimal {
  let factor: ExactDecimal;
  try {
    factor = new ExactDecimal(multiplier.trim());
  } catch {
    throw new RangeError(`cost multiplier must be a decimal number, got "${multiplier}"`);
  }
  if (!factor.isFinite() || factor.isNegative()) {
    throw new RangeError(`cost multiplier must be a non-negative decimal, got "${multiplier}"`);
  }
  return factor;
}
