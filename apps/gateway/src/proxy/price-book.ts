import {
  BUILTIN_PRICES,
  computeCost,
  CONFIG_CHANNEL,
  listModelPrices,
  type ModelPrice,
  type ProtocolId,
  resolvePrice,
  type Usage,
} from '@cch/core';
import type { Runtime } from '../runtime.js';
import type { CostResult } from './steps/settle.js';

/** Prices in memory: the built-in table overlaid by the database's synced and manual rows. */
export interface PriceBook {
  costOf(usage: Usage, model: string | null, costMultiplier: string): CostResult;
  /** The model's price (name variants resolved), or null when it has none. */
  priceOf(model: string): ModelPrice | null;
  /** Built-in model names of a protocol's family, for model lists. */
  knownModels(protocol: ProtocolId): string[];
  reload(): Promise<void>;
  close(): Promise<void>;
}

const FAMILY: Record<ProtocolId, readonly string[]> = {
  anthropic: ['anthropic'],
  'openai-chat': ['openai'],
  'openai-responses': ['openai'],
  gemini: ['gemini', 'vertex_ai-language-models'],
  'gemini-cli': ['gemini', 'vertex_ai-language-models'],
};

export const PRICES_CHANGED = 'prices';

export async function createPriceBook(runtime: Pick<Runtime, 'db' | 'store' | 'logger'>): Promise<PriceBook> {
  let prices = new Map<string, ModelPrice>(BUILTIN_PRICES);
  // Model name → its price (or none), so the name variants are tried once per model, not per request.
  let resolved = new Map<string, ModelPrice | null>();
  const priceOf = (model: string): ModelPrice | null => {
    let price = resolved.get(model);
    if (price === undefined) {
      price = resolvePrice(model, prices)?.price ?? null;
      if (resolved.size >= 10_000) resolved.clear();
      resolved.set(model, price);
    }
    return price;
  };
  const builtinByFamily = (protocol: ProtocolId) =>
    [...BUILTIN_PRICES]
      .filter(([, price]) => FAMILY[protocol].includes(price.litellm_provider ?? ''))
      .map(([model]) => model);

  async function reload(): Promise<void> {
    const rows = await listModelPrices(runtime.db);
    const next = new Map<string, ModelPrice>(BUILTIN_PRICES);
    for (const row of rows) next.set(row.model, row.prices as ModelPrice); // rows were validated by the price schema when written
    prices = next;
    resolved = new Map();
  }
  await reload().catch((error: unknown) => runtime.logger.warn({ err: String(error) }, 'loading model prices failed; using built-in prices'));
  const unsubscribe = await runtime.store
    .subscribe(CONFIG_CHANNEL, (what) => {
      if (what === PRICES_CHANGED) void reload().catch(() => undefined);
    })
    .catch(() => async () => undefined);

  return {
    costOf(usage, model, costMultiplier) {
      const cost = computeCost(usage, model ? priceOf(model) : null, costMultiplier);
      return { totalUsd: cost.totalUsd, breakdown: { ...cost.breakdown }, priced: cost.priced };
    },
    priceOf,
    knownModels: builtinByFamily,
    reload,
    close: unsubscribe,
  };
}
