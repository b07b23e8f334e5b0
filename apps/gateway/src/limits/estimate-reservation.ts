import { reservationNano, usdToNano } from '@cch/core';
import type { PriceBook } from '../proxy/price-book.js';

/** Setting (admin-editable, e.g. "0.05"): reserve this fixed amount per request instead of estimating. */
export const RESERVE_USD_SETTING = 'limits.reserveUsd';
/** Reserved when the model has no price. */
export const DEFAULT_RESERVE_USD = '0.05';
/** Output is unknown before the answer; guess at most this many tokens (Claude Code asks for 32k and rarely uses it). */
const OUTPUT_TOKENS_GUESS = 4096;
/** Rough bytes per token of a JSON request body; errs high on tokens (no cache discount either). */
const BYTES_PER_TOKEN = 4;

export interface ReservationInput {
  model: string | null;
  bodyBytes: number;
  maxTokens: number | null;
}

export interface ReservationEstimatorDeps {
  prices: Pick<PriceBook, 'priceOf'>;
  settings: () => Record<string, unknown>;
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
 * What admission reserves in every budget until the actual cost is known: the setting when an
 * admin set one, else the model's price for the body's size and the (capped) output it may produce.
 * A higher estimate only admits fewer requests at once near a limit; it is never billed.
 */
export function createReservationEstimator(deps: ReservationEstimatorDeps) {
  return function estimateNano(input: ReservationInput): number {
    const configured = configuredNano(deps.settings()[RESERVE_USD_SETTING]);
    if (configured !== null) return configured;
    const price = input.model ? deps.prices.priceOf(input.model) : null;
    if (!price) return usdToNano(DEFAULT_RESERVE_USD);
    const inputTokens = Math.ceil(input.bodyBytes / BYTES_PER_TOKEN);
    const outputTokens = Math.min(input.maxTokens ?? OUTPUT_TOKENS_GUESS, OUTPUT_TOKENS_GUESS);
    return reservationNano(price, inputTokens, outputTokens);
  };
}
