import { z } from 'zod';

/** The Messages stream events the decoder reads (`RawMessageStreamEvent` in the SDK). */
export const messageStartSchema = z.object({
  message: z.object({ id: z.string(), model: z.string() }),
});

export const blockStartSchema = z.object({
  index: z.number().int().nonnegative(),
  content_block: z.object({ type: z.string() }).loose(),
});

export const blockDeltaSchema = z.object({
  index: z.number().int().nonnegative(),
  delta: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text_delta'), text: z.string() }),
    z.object({ type: z.literal('input_json_delta'), partial_json: z.string() }),
    z.object({ type: z.literal('thinking_delta'), thinking: z.string() }),
    z.object({ type: z.literal('signature_delta'), signature: z.string() }),
    z.object({ type: z.literal('citations_delta') }),
  ]),
});
export type WireDelta = z.infer<typeof blockDeltaSchema>['delta'];

export const blockStopSchema = z.object({ index: z.number().int().nonnegative() });

export const messageDeltaSchema = z.object({
  delta: z.object({ stop_reason: z.string().nullish(), stop_sequence: z.string().nullish() }),
});

export const errorEventSchema = z.object({
  error: z.object({ type: z.string(), message: z.string() }),
});

/** Block starts as the decoder reads them: text, thinking, redacted thinking, client tool calls. */
export const textStartSchema = z.object({ text: z.string().optional() });
export const thinkingStartSchema = z.object({ thinking: z.string().optional(), signature: z.string().optional() });
export const redactedStartSchema = z.object({ data: z.string() });
export const toolUseStartSchema = z.object({ id: z.string(), name: z.string(), input: z.unknown() });
