import { z } from 'zod';
import { isoDate } from './common.schemas.js';

export const priceSchema = z.object({
  model: z.string(),
  source: z.enum(['builtin', 'synced', 'manual']),
  prices: z.record(z.string(), z.union([z.number(), z.string()])).describe('LiteLLM field names'),
  updatedAt: isoDate.nullable(),
});

export const priceListQuery = z.object({
  search: z.string().optional().describe('Substring of the model name'),
  source: z.enum(['builtin', 'synced', 'manual']).optional(),
});

export const priceListSchema = z.object({ items: z.array(priceSchema) });
export const modelParams = z.object({ model: z.string().min(1) });

const perToken = z.number().nonnegative().optional();
/** A manual price in LiteLLM field names; at least input and output per token. */
export const priceBody = z.object({
  input_cost_per_token: z.number().nonnegative(),
  output_cost_per_token: z.number().nonnegative(),
  cache_creation_input_token_cost: perToken,
  cache_creation_input_token_cost_above_1hr: perToken,
  cache_read_input_token_cost: perToken,
  input_cost_per_token_above_200k_tokens: perToken,
  output_cost_per_token_above_200k_tokens: perToken,
  cache_creation_input_token_cost_above_200k_tokens: perToken,
  cache_creation_input_token_cost_above_1hr_above_200k_tokens: perToken,
  cache_read_input_token_cost_above_200k_tokens: perToken,
  input_cost_per_request: perToken,
  litellm_provider: z.string().optional(),
  mode: z.string().optional(),
});

export const syncBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional().describe('Default: PRICE_SYNC_URL'),
    file: z.string().min(1).optional().describe("A local path on the gateway host, instead of a URL"),
  })
  .optional();

export const syncResultSchema = z.object({
  ok: z.boolean(),
  source: z.string(),
  models: z.number().int().optional(),
  written: z.number().int().optional(),
  skipped: z.number().int().optional(),
  reason: z.string().optional().describe('Why nothing changed'),
});
