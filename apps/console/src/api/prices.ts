import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export const priceSourceSchema = z.enum(['builtin', 'synced', 'manual']);
export type PriceSource = z.infer<typeof priceSourceSchema>;

/** One model's price; `prices` uses LiteLLM field names, USD per token (or per request). */
export const priceSchema = z.object({
  model: z.string(),
  source: priceSourceSchema,
  prices: z.record(z.string(), z.union([z.number(), z.string()])),
  updatedAt: z.string().nullable(),
});
export type ModelPrice = z.infer<typeof priceSchema>;

const priceListSchema = z.object({ items: z.array(priceSchema) });
const okSchema = z.object({ ok: z.literal(true) });

/** What a successful sync reports; a refused sync is a 422 problem saying why nothing changed. */
export const syncResultSchema = z.object({
  ok: z.boolean(),
  source: z.string(),
  models: z.number().int().optional(),
  written: z.number().int().optional(),
  skipped: z.number().int().optional(),
  reason: z.string().optional(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

/** The body of PUT /admin/prices/{model}: USD per token in LiteLLM field names. */
export interface PriceBody {
  input_cost_per_token: number;
  output_cost_per_token: number;
  cache_creation_input_token_cost?: number;
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
}

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
    mutationFn: ({ model, prices }: { model: string; prices: PriceBody }) =>
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
    mutationFn: () => apiRequest('/admin/prices/sync', { method: 'POST', body: {}, schema: syncResultSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: priceKeys.all }),
  });
}
