import { RESERVE_USD_SETTING } from '@cch/contract';
import { type ProtocolId, reservationNano, type UnknownModelPolicy, usdToNano } from '@cch/core';
import type { PriceBook } from '../pricing/price-book.js';

/** Reserved when the model has no price at all (the unknown-model policy allows it free or refuses it). */
export const DEFAULT_RESERVE_USD = '0.05';
/** Output allowed when neither the request nor the price table says: a long answer. */
const DEFAULT_MAX_OUTPUT = 32_000;
/**
 * Bytes per token of a JSON request body, on the low side (English prose runs near 4, CJK text near
 * 3), so the input estimate errs high.
 */
const BYTES_PER_TOKEN = 3;

export interface ReservationInput {
  model: string | null;
  protocol: ProtocolId;
  bodyBytes: number;
  /** The protocol's own cap on output (`max_tokens`, `max_output_tokens`, `maxOutputTokens` …). */
  maxOutputTokens: number | null;
}

export interface ReservationEstimatorDeps {
  prices: Pick<PriceBook, 'priceFor'>;
  settings: () => Record<string, unknown>;
  unknownModels: () => UnknownModelPolicy;
}

function configuredNano(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  try {
    const nano = usdToNano(String(value));
    return nano >= 0 ? nano : null;
  } catch {
    return null;
  }
}

/**
 * What admission reserves in every budget until the actual cost is known: a request's worst case,
 * so requests running at once cannot overspend a window — the body's size as input at the dearest
 * input rate, plus the request's own max-output field (else the model's max output) as output.
 * An admin may set a fixed amount instead. It is never billed; the actual cost replaces it.
 */
export function createReservationEstimator(deps: ReservationEstimatorDeps) {
  return function estimateNano(input: ReservationInput): number {
    const configured = configuredNano(deps.settings()[RESERVE_USD_SETTING]);
    if (configured !== null) return configured;
    const policy = { unknownModels: deps.unknownModels(), protocol: input.protocol };
    const priced = input.model ? deps.prices.priceFor(input.model, policy) : null;
    if (!priced) return usdToNano(DEFAULT_RESERVE_USD);
    const inputTokens = Math.ceil(input.bodyBytes / BYTES_PER_TOKEN);
    const outputTokens = input.maxOutputTokens ?? priced.price.max_output_tokens ?? DEFAULT_MAX_OUTPUT;
    return reservationNano(priced.price, inputTokens, outputTokens);
  };
}
