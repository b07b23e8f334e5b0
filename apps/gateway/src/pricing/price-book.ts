import {
  BUILTIN_PRICES,
  computeCost,
  CONFIG_CHANNEL,
  listModelPrices,
  type Database,
  familyPriceKey,
  type ModelPrice,
  PROTOCOLS,
  type ProtocolId,
  resolvePrice,
  type StateStore,
  type UnknownModelPolicy,
  type Usage,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

export interface CostResult {
  totalUsd: string;
  breakdown: Record<string, string>;
  priced: boolean;
  /** The table entry whose price stood in for a model the table does not know; null when exact. */
  estimatedFrom: string | null;
}

/** A model's price, and the table entry it was borrowed from when the model itself is unknown. */
export interface PricedModel {
  price: ModelPrice;
  estimatedFrom: string | null;
}

/** Prices in memory: the built-in table overlaid by the database's synced and manual rows. */
export interface PriceBook {
  /** The cost of `usage` on `model`; unknown models as the policy says (protocol: of the provider that answered). */
  costOf(usage: Usage, model: string | null, costMultiplier: string, policy: PricingPolicy): CostResult;
  /** The model's own price (name variants resolved), or null when it has none. */
  priceOf(model: string): ModelPrice | null;
  /** The model's price, or its family's (else its protocol's) under the `family` policy. */
  priceFor(model: string, policy: PricingPolicy): PricedModel | null;
  /** Built-in model names of a protocol's family, for model lists. */
  knownModels(protocol: ProtocolId): string[];
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface PricingPolicy {
  unknownModels: UnknownModelPolicy;
  /** The protocol of the provider that answered: its stand-in price when no family matches. */
  protocol: ProtocolId;
}

/** Stand-ins for a model no family matches, per protocol: a current mid-to-high tier, never free. */
const PROTOCOL_FALLBACK: Record<ProtocolId, string> = {
  anthropic: 'claude-sonnet-4-6',
  'openai-chat': 'gpt-5.1',
  'openai-responses': 'gpt-5.1',
  gemini: 'gemini-2.5-pro',
  'gemini-cli': 'gemini-2.5-pro',
};

export const PRICES_CHANGED = 'prices';

export interface PriceBookDeps {
  db: Kysely<Database>;
  store: StateStore;
  logger: Logger;
}

export async function createPriceBook(runtime: PriceBookDeps): Promise<PriceBook> {
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
      .filter(([, price]) => PROTOCOLS[protocol].priceFamilies.includes(price.litellm_provider ?? ''))
      .map(([model]) => model);

  async function reload(): Promise<void> {
    const rows = await listModelPrices(runtime.db);
    const next = new Map<string, ModelPrice>(BUILTIN_PRICES);
    // rows were validated by the price schema when written
    for (const row of rows) next.set(row.model, row.prices as ModelPrice);
    prices = next;
    resolved = new Map();
  }
  await reload().catch((error: unknown) =>
    runtime.logger.warn({ err: String(error) }, 'loading model prices failed; using built-in prices'),
  );
  const unsubscribe = await runtime.store
    .subscribe(CONFIG_CHANNEL, (what) => {
      if (what === PRICES_CHANGED) void reload().catch(() => undefined);
    })
    .catch(() => async () => undefined);

  function priceFor(model: string, policy: PricingPolicy): PricedModel | null {
    const own = priceOf(model);
    if (own) return { price: own, estimatedFrom: null };
    if (policy.unknownModels !== 'family') return null;
    const standIn = familyPriceKey(model) ?? PROTOCOL_FALLBACK[policy.protocol];
    const price = prices.get(standIn);
    return price ? { price, estimatedFrom: standIn } : null;
  }

  return {
    costOf(usage, model, costMultiplier, policy) {
      const priced = model ? priceFor(model, policy) : null;
      const cost = computeCost(usage, priced?.price ?? null, costMultiplier);
      const estimatedFrom = priced?.estimatedFrom ?? null;
      return { totalUsd: cost.totalUsd, breakdown: { ...cost.breakdown }, priced: cost.priced, estimatedFrom };
    },
    priceOf,
    priceFor,
    knownModels: builtinByFamily,
    reload,
    close: unsubscribe,
  };
}
