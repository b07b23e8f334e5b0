import { z } from 'zod';
import { isoDate } from './common.js';

export const CACHE_TTLS = ['5m', '1h'] as const;
export type CacheTtl = (typeof CACHE_TTLS)[number];
export const REASONING_EFFORTS = ['minimal', 'low', 'medium', 'high'] as const;
export const REASONING_SUMMARIES = ['auto', 'concise', 'detailed'] as const;
/** The Anthropic beta that opens the 1M-token context window. */
export const CONTEXT_1M_BETA = 'context-1m-2025-08-07';

/** What the gateway forces on every request to one provider; null leaves the client's choice. */
export const providerOverrideBody = z.object({
  cacheTtl: z.enum(CACHE_TTLS).nullable().default(null).describe('TTL written on every cache_control breakpoint'),
  context1m: z.enum(['add', 'strip']).nullable().default(null).describe(`The ${CONTEXT_1M_BETA} beta header`),
  reasoningEffort: z.enum(REASONING_EFFORTS).nullable().default(null).describe('Responses API reasoning.effort'),
  reasoningSummary: z.enum(REASONING_SUMMARIES).nullable().default(null).describe('Responses API reasoning.summary'),
  maxTokensCap: z.number().int().min(1).max(10_000_000).nullable().default(null).describe('Upper bound on max tokens'),
  metadataUserId: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('set'), value: z.string().min(1).max(256) }),
      z.object({ mode: z.literal('strip') }),
    ])
    .nullable()
    .default(null)
    .describe('Anthropic metadata.user_id'),
});
export type ProviderOverrideInput = z.input<typeof providerOverrideBody>;
export type ProviderOverrideSettings = z.output<typeof providerOverrideBody>;

export const providerOverrideSchema = providerOverrideBody.extend({
  providerId: z.string(),
  updatedAt: isoDate.nullable().describe('null: never set'),
});
export type ProviderOverride = z.infer<typeof providerOverrideSchema>;
export const providerOverrideListSchema = z.object({ items: z.array(providerOverrideSchema) });
