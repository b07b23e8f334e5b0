import { z } from 'zod';

/**
 * The price of one model, in the field names of LiteLLM's `model_prices_and_context_window.json`.
 * All costs are USD per token (or per request), as plain JSON numbers; they are turned into exact
 * decimals (via their shortest string form) only when a cost is computed.
 * `*_above_200k_tokens` prices apply to the whole request when its prompt exceeds 200k tokens.
 */
export interface ModelPrice {
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  /** Cache write with the default 5-minute TTL. */
  cache_creation_input_token_cost?: number;
  /** Cache write with the 1-hour TTL. */
  cache_creation_input_token_cost_above_1hr?: number;
  cache_read_input_token_cost?: number;
  input_cost_per_token_above_200k_tokens?: number;
  output_cost_per_token_above_200k_tokens?: number;
  cache_creation_input_token_cost_above_200k_tokens?: number;
  cache_creation_input_token_cost_above_1hr_above_200k_tokens?: number;
  cache_read_input_token_cost_above_200k_tokens?: number;
  input_cost_per_request?: number;
  litellm_provider?: string;
  mode?: string;
  max_input_tokens?: number;
  max_output_tokens?: number;
}

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A non-negative finite number, also accepted as a numeric string; anything else reads as absent. */
const lenientNumber = z
  .union([z.number(), z.string().trim().regex(DECIMAL_TEXT).transform(Number)])
  .pipe(z.number().finite().nonnegative())
  .optional()
  .catch(undefined);

const lenientText = z.string().min(1).optional().catch(undefined);

/**
 * Parses one price entry leniently: unknown fields are dropped, a malformed field is dropped
 * on its own (the rest of the entry survives). Only a non-object fails.
 */
export const modelPriceSchema = z.object({
  input_cost_per_token: lenientNumber,
  output_cost_per_token: lenientNumber,
  cache_creation_input_token_cost: lenientNumber,
  cache_creation_input_token_cost_above_1hr: lenientNumber,
  cache_read_input_token_cost: lenientNumber,
  input_cost_per_token_above_200k_tokens: lenientNumber,
  output_cost_per_token_above_200k_tokens: lenientNumber,
  cache_creation_input_token_cost_above_200k_tokens: lenientNumber,
  cache_creation_input_token_cost_above_1hr_above_200k_tokens: lenientNumber,
  cache_read_input_token_cost_above_200k_tokens: lenientNumber,
  input_cost_per_request: lenientNumber,
  litellm_provider: lenientText,
  mode: lenientText,
  max_input_tokens: lenientNumber,
  max_output_tokens: lenientNumber,
}) satisfies z.ZodType<ModelPrice>;

/** The per-token and per-request cost fields of a ModelPrice. */
export const PRICE_FIELDS = [
  'input_cost_per_token',
  'output_cost_per_token',
  'cache_creation_input_token_cost',
  'cache_creation_input_token_cost_above_1hr',
  'cache_read_input_token_cost',
  'input_cost_per_token_above_200k_tokens',
  'output_cost_per_token_above_200k_tokens',
  'cache_creation_input_token_cost_above_200k_tokens',
  'cache_creation_input_token_cost_above_1hr_above_200k_tokens',
  'cache_read_input_token_cost_above_200k_tokens',
  'input_cost_per_request',
] as const satisfies readonly (keyof ModelPrice)[];

/** Parses one entry; returns the price without undefined keys, or null when it is not an object. */
export function parseModelPrice(entry: unknown): ModelPrice | null {
  const parsed = modelPriceSchema.safeParse(entry);
  if (!parsed.success) return null;
  const price: ModelPrice = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    // safe: keys come from modelPriceSchema, whose shape is checked against ModelPrice above
    if (value !== undefined) (price as Record<string, unknown>)[key] = value;
  }
  return price;
}
