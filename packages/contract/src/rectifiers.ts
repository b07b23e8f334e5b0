import { z } from 'zod';

/**
 * Automatic repairs of requests and answers that upstreams (or relays) would otherwise reject or
 * garble: retry without thinking signatures after the known invalid-signature 400, correct a
 * thinking budget that cannot work, give Gemini function calls stable ids, repair a relay's SSE.
 */
export const RECTIFIERS = ['thinking_signature', 'thinking_budget', 'gemini_call_ids', 'response_fixer'] as const;
export type Rectifier = (typeof RECTIFIERS)[number];

/** What applies when nothing is stored: the response fixer rewrites streams, so it is opt-in. */
export const RECTIFIER_DEFAULTS: Readonly<Record<Rectifier, boolean>> = {
  thinking_signature: true,
  thinking_budget: true,
  gemini_call_ids: true,
  response_fixer: false,
};

/** One rectifier: on or off for every provider, and per-provider exceptions. */
export const rectifierSettingSchema = z.object({
  rectifier: z.enum(RECTIFIERS),
  enabled: z.boolean().describe('For every provider without its own setting'),
  providers: z.record(z.string(), z.boolean()).describe('Provider id → on/off, overriding `enabled`'),
});
export type RectifierSetting = z.infer<typeof rectifierSettingSchema>;
export const rectifierListSchema = z.object({ items: z.array(rectifierSettingSchema) });
export const rectifierParams = z.object({ rectifier: z.enum(RECTIFIERS) });

export const rectifierBody = z.object({
  enabled: z.boolean().optional(),
  providers: z
    .record(z.string().min(1), z.boolean().nullable())
    .optional()
    .describe('Provider id → on/off; null removes the provider setting'),
});
export type RectifierInput = z.input<typeof rectifierBody>;
