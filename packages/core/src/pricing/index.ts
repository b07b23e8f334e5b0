export { modelPriceSchema, parseModelPrice, PRICE_FIELDS, type ModelPrice } from './model-price.js';
export { BUILTIN_PRICES } from './builtin-prices.js';
export { resolvePrice, priceLookupNames, type ResolvedPrice } from './resolve-price.js';
export {
  computeCost,
  reservationNano,
  hasLongContextPrices,
  LONG_CONTEXT_THRESHOLD,
  type Cost,
  type CostBreakdown,
} from './compute-cost.js';
export { usdToNano } from './usd-to-nano.js';
export { addUsd } from './exact-decimal.js';
export {
  parseLitellmPrices,
  DEFAULT_MIN_CHAT_MODELS,
  type LitellmParseResult,
  type ParseLitellmOptions,
} from './parse-litellm-prices.js';
export { syncPrices, type SyncPricesOptions, type SyncPricesResult } from './sync-prices.js';
export * from './family-price.js';
