import { parseModelPrice, PRICE_FIELDS, type ModelPrice } from './model-price.js';

export interface ParseLitellmOptions {
  /** The fewest chat-model entries a real file has; fewer means garbage or a truncated download. */
  minChatModels?: number;
}

export type LitellmParseResult =
  | { ok: true; prices: Map<string, ModelPrice>; chatModels: number; skipped: number }
  | { ok: false; reason: string };

/** LiteLLM's file lists well over a thousand chat models; a sync with fewer than this is refused. */
export const DEFAULT_MIN_CHAT_MODELS = 200;

/** $10,000 per million tokens: no real per-token price is near this; above it an entry is garbage. */
const MAX_PLAUSIBLE_PRICE = 0.01;

const CHAT_MODES: ReadonlySet<string> = new Set(['chat', 'responses']);

/**
 * Validates LiteLLM's whole `model_prices_and_context_window.json` (already JSON.parsed) and
 * returns its priced entries. `sample_spec`, entries that are not objects, entries without a
 * token price and entries with implausible prices are skipped. The result is refused (ok: false,
 * with a reason) unless it is an object with at least `minChatModels` valid chat entries, so a
 * failed or garbage sync never replaces a good table.
 */
export function parseLitellmPrices(json: unknown, options: ParseLitellmOptions = {}): LitellmParseResult {
  const minChatModels = options.minChatModels ?? DEFAULT_MIN_CHAT_MODELS;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: `expected an object of model prices, got ${describe(json)}` };
  }
  const prices = new Map<string, ModelPrice>();
  let chatModels = 0;
  let skipped = 0;
  for (const [name, entry] of Object.entries(json)) {
    if (name === 'sample_spec') continue;
    const price = name.trim().length > 0 ? parseModelPrice(entry) : null;
    if (!price || !hasTokenPrice(price) || !isPlausible(price)) {
      skipped += 1;
      continue;
    }
    prices.set(name, price);
    if (price.mode !== undefined && CHAT_MODES.has(price.mode)) chatModels += 1;
  }
  if (chatModels < minChatModels) {
    return {
      ok: false,
      reason:
        `only ${chatModels} valid chat-model price entries (at least ${minChatModels} expected); ` +
        `${skipped} entries skipped`,
    };
  }
  return { ok: true, prices, chatModels, skipped };
}

function hasTokenPrice(price: ModelPrice): boolean {
  return price.input_cost_per_token !== undefined || price.output_cost_per_token !== undefined;
}

function isPlausible(price: ModelPrice): boolean {
  return PRICE_FIELDS.every(
    (field) => field === 'input_cost_per_request' || (price[field] ?? 0) <= MAX_PLAUSIBLE_PRICE,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
