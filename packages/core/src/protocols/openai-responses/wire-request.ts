import { z } from 'zod';

/**
 * A Responses request (`ResponseCreateParams` of the `openai` SDK, `resources/responses`) as far as
 * it reaches the IR; see `request-fields.ts` for the rest. Items, parts and tools are first read by
 * their `type` only, then by the schema of that type, so an unknown or server-side one is refused by
 * name instead of failing a union.
 */
export const headSchema = z.object({ type: z.string().optional() }).loose();
export type WireHead = z.infer<typeof headSchema>;

export const inputTextSchema = z.object({ type: z.enum(['input_text', 'output_text']), text: z.string() });

export const inputImageSchema = z.object({
  type: z.literal('input_image'),
  image_url: z.string().nullish(),
  file_id: z.string().nullish(),
  detail: z.string().nullish(),
});

export const inputFileSchema = z.object({
  type: z.literal('input_file'),
  file_data: z.string().nullish(),
  file_url: z.string().nullish(),
  file_id: z.string().nullish(),
  filename: z.string().nullish(),
});

export const refusalSchema = z.object({ type: z.literal('refusal'), refusal: z.string() });

/** A message item; `type` may be left out (`EasyInputMessage`). */
export const messageItemSchema = z.object({
  type: z.literal('message').optional(),
  role: z.enum(['user', 'assistant', 'system', 'developer']),
  content: z.union([z.string(), z.array(headSchema)]),
});

export const functionCallSchema = z.object({
  type: z.literal('function_call'),
  call_id: z.string(),
  name: z.string(),
  arguments: z.string(),
  namespace: z.string().nullish(),
});

export const functionCallOutputSchema = z.object({
  type: z.literal('function_call_output'),
  call_id: z.string(),
  output: z.union([z.string(), z.array(headSchema)]),
});

export const reasoningItemSchema = z.object({
  type: z.literal('reasoning'),
  id: z.string().nullish(),
  summary: z.array(z.object({ text: z.string() }).loose()).nullish(),
  content: z.array(z.object({ text: z.string() }).loose()).nullish(),
  encrypted_content: z.string().nullish(),
});

export const functionToolSchema = z.object({
  type: z.literal('function'),
  name: z.string(),
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  strict: z.boolean().nullish(),
});

export const toolChoiceSchema = z.union([
  z.enum(['auto', 'none', 'required']),
  z.object({ type: z.literal('function'), name: z.string() }),
  headSchema,
]);

const formatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string(),
    schema: z.record(z.string(), z.unknown()),
    strict: z.boolean().nullish(),
    description: z.string().nullish(),
  }),
]);

export const responsesRequestSchema = z.object({
  instructions: z.string().nullish(),
  input: z.union([z.string(), z.array(headSchema)]).nullish(),
  tools: z.array(headSchema).nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  max_output_tokens: z.number().int().nonnegative().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  reasoning: z
    .object({
      effort: z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']).nullish(),
      summary: z.enum(['auto', 'concise', 'detailed']).nullish(),
    })
    .nullish(),
  text: z.object({ format: formatSchema.nullish() }).loose().nullish(),
  user: z.string().nullish(),
  safety_identifier: z.string().nullish(),
  prompt_cache_key: z.string().nullish(),
});
export type WireRequest = z.infer<typeof responsesRequestSchema>;
