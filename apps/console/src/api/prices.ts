import {
  okSchema,
  type PriceInput,
  priceListSchema,
  priceSchema,
  syncResultSchema,
  type SyncInput,
} from '@cch/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';

// The schemas and types are the gateway's own (@cch/contract); re-exported for the console's pages.
export { PRICE_SOURCES } from '@cch/contract';
export type { ModelPrice, PriceInput, PriceSource, SyncResult } from '@cch/contract';

export const priceKeys = {
  all: ['prices'] as const,
  list: () => [...priceKeys.all, 'list'] as const,
};

/** Every price (built-in, synced, manual); the page searches it locally as the user types. */
export function pricesQueryOptions() {
  return queryOptions({
    queryKey: priceKeys.list(),
    queryFn: ({ signal }) => apiRequest('/admin/prices', { schema: priceListSchema, signal }).then((r) => r.items),
  });
}

const pricePath = (model: string) => `/admin/prices/${encodeURIComponent(model)}`;

export function useSavePriceMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ model, prices }: { model: string; prices: PriceInput }) =>
      apiRequest(pricePath(model), { method: 'PUT', body: prices, schema: priceSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceKeys.all }),
  });
}

export function useDeletePriceMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (model: string) => apiRequest(pricePath(model), { method: 'DELETE', schema: okSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: priceKeys.all }),
  });
}

/** Syncs from the gateway's configured PRICE_SYNC_URL (LiteLLM's price file). */
export function useSyncPricesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('/admin/prices/sync', { method: 'POST', body: {} satisfies SyncInput, schema: syncResultSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: priceKeys.all }),
  });
}
