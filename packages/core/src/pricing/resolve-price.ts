import type { ModelPrice } from './model-price.js';

/** The price found for a model, and the table key it was found under. */
export interface ResolvedPrice {
  key: string;
  price: ModelPrice;
}

const PROVIDER_PREFIXES = ['anthropic/', 'openai/', 'gemini/', 'models/'] as const;
const DATE_SUFFIX = /-(\d{8}|\d{4}-\d{2}-\d{2})$/;
const LATEST_SUFFIX = '-latest';

/**
 * Finds the price of `model` in `table`, trying in order: the exact name; the name without a
 * provider prefix (`anthropic/`, `openai/`, `gemini/`, `models/`); without a date suffix
 * (`-20250929`, `-2025-08-07`); then the `-latest` alias (added, or removed when present). The
 * same steps are tried once more on the lower-cased name. Null when nothing matches.
 */
export function resolvePrice(model: string, table: ReadonlyMap<string, ModelPrice>): ResolvedPrice | null {
  for (const key of priceLookupNames(model)) {
    const price = table.get(key);
    if (price) return { key, price };
  }
  return null;
}

/** The names `resolvePrice` tries, most specific first, without duplicates. */
export function priceLookupNames(model: string): string[] {
  const trimmed = model.trim();
  if (trimmed.length === 0) return [];
  const names = new Set(lookupNamesOf(trimmed));
  for (const name of lookupNamesOf(trimmed.toLowerCase())) names.add(name);
  return [...names];
}

function lookupNamesOf(exact: string): string[] {
  const prefix = PROVIDER_PREFIXES.find((p) => exact.startsWith(p));
  const unprefixed = prefix ? exact.slice(prefix.length) : exact;
  const undated = unprefixed.replace(DATE_SUFFIX, '');
  const alias = undated.endsWith(LATEST_SUFFIX) ? undated.slice(0, -LATEST_SUFFIX.length) : undated + LATEST_SUFFIX;
  return [exact, unprefixed, undated, alias].filter((name) => name.length > 0);
}
