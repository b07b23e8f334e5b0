import { z } from 'zod';
import { isoDate } from './common.js';

/** Where a model's price comes from: shipped with the gateway, synced from LiteLLM, or set by an admin. */
export const PRICE_SOURCES = ['builtin', 'synced', 'manual'] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

/** One model's price; `prices` uses LiteLLM field names, USD per token (or per request). */
export const priceSchema = z.object({
  model: z.string(),
  source: z.enum(PRICE_SOURCES),
  prices: z.record(z.string(), z.union([z.number(), z.string()])).describe('LiteLLM field names'),
  updatedAt: isoDate.nullable(),
});
export type ModelPrice = z.infer<typeof priceSchema>;

export const priceListQuery = z.object({
  search: z.string().optional().describe('Substring of the model name'),
  source: z.enum(PRICE_SOURCES).optional(),
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
export type PriceInput = z.input<typeof priceBody>;

/** An absolute path (POSIX or Windows) or a file:// URL; the gateway resolves it (pricing/price-source.ts). */
const LOCAL_FILE = /^(\/|[A-Za-z]:[\\/]|file:\/\/)/;

export const syncBody = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Default: PRICE_SYNC_URL'),
    file: z
      .string()
      .regex(LOCAL_FILE, { error: 'expected an absolute path or a file:// URL' })
      .optional()
      .describe('A file on the gateway host (an absolute path or a file:// URL), instead of a URL'),
  })
  .optional();
export type SyncInput = z.input<typeof syncBody>;

/** What a successful sync reports; a refused sync is a 422 problem saying why nothing changed. */
export const syncResultSchema = z.object({
  ok: z.boolean(),
  source: z.string(),
  models: z.number().int().optional(),
  written: z.number().int().optional(),
  skipped: z.number().int().optional(),
  reason: z.string().optional().describe('Why nothing changed'),
});
export type SyncResult = z.infer<typeof syncResultSchema>;
