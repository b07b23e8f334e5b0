import { z } from 'zod';
import { blockHeadSchema, cacheControlSchema, contentSchema } from './wire-content.js';

const display = z.enum(['summarized', 'omitted']).nullish();

const thinkingSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('enabled'), budget_tokens: z.number().int().nonnegative(), display }),
  z.object({ type: z.literal('adaptive'), display }),
  z.object({ type: z.literal('between_tools') }),
  z.object({ type: z.literal('disabled') }),
]);

/** Structured output: `output_config.format` (current) or the beta's `output_format`. */
const jsonFormatSchema = z.object({ type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) });

export const toolChoiceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('tool'), name: z.string(), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('none') }),
]);

/** A tool definition read by its `type` first: typed (Anthropic-defined or server) tools are refused by name. */
export const toolHeadSchema = z.object({ type: z.string().nullish(), name: z.string() }).loose();

export const customToolSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  input_schema: z.record(z.string(), z.unknown()),
  strict: z.boolean().optional(),
  cache_control: cacheControlSchema,
});

/** A Messages request (`MessageCreateParams`) as far as it reaches the IR; see `request-fields.ts` for the rest. */
export const messagesRequestSchema = z.object({
  max_tokens: z.number().int().nonnegative().optional(),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant', 'system']), content: contentSchema })),
  system: z.union([z.string(), z.array(blockHeadSchema)]).optional(),
  tools: z.array(toolHeadSchema).optional(),
  tool_choice: toolChoiceSchema.optional(),
  thinking: thinkingSchema.optional(),
  output_config: z
    .object({
      effort: z.enum(['low', 'medium', 'high', 'xhigh', 'max']).nullish(),
      format: jsonFormatSchema.nullish(),
    })
    .optional(),
  output_format: jsonFormatSchema.nullish(),
  metadata: z.object({ user_id: z.string().nullish() }).optional(),
  stop_sequences: z.array(z.string()).optional(),
  temperature: z.number().optional(),
  top_p: z.number().optional(),
  top_k: z.number().int().optional(),
});
export type WireRequest = z.infer<typeof messagesRequestSchema>;
