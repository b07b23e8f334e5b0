import type { ModelPrice, PriceSource } from '../../api/prices';

/** Case-insensitive substring match on the model name, optionally one source only. */
export function filterPrices(items: readonly ModelPrice[], search: string, source: PriceSource | 'all'): ModelPrice[] {
  const needle = search.trim().toLowerCase();
  return items.filter(
    (p) => (needle === '' || p.model.toLowerCase().includes(needle)) && (source === 'all' || p.source === source),
  );
}
