import { z } from 'zod';

/**
 * A Chat Completions request as far as the converters read it (field names from the `openai`
 * SDK's `ChatCompletionCreateParams`). Content parts are first read by their `type` only, then by
 * the schema of that type, so an unknown part (audio, a future kind) is refused by name.
 */
export const partHeadSchema = z.object({ type: z.string() }).loose();
export type WirePartHead = z.infer<typeof partHeadSchema>;

export const chatContentSchema = z.union([z.string(), z.array(partHeadSchema)]).nullish();
export type WireChatContent = z.infer<typeof chatContentSchema>;

export const textPartSchema = z.object({ type: z.literal('text'), text: z.string() });
export const refusalPartSchema = z.object({ type: z.literal('refusal'), refusal: z.string() });
export const imagePartSchema = z.object({
  type: z.literal('image_url'),
  image_url: z.object({ url: z.string(), detail: z.string().optional() }),
});
export const filePartSchema = z.object({
  type: z.literal('file'),
  file: z.object({ file_data: z.string().optional(), file_id: z.string().optional(), filename: z.string().optional() }),
});

export const toolCallSchema = z.object({
  id: z.string(),
  type: z.string().optional(),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

const systemMessage = z.object({ role: z.enum(['system', 'developer']), content: chatContentSchema });
const userMessage = z.object({ role: z.literal('user'), content: chatContentSchema });
const assistantMessage = z.object({
  role: z.literal('assistant'),
  content: chatContentSchema,
  refusal: z.string().nullish(),
  tool_calls: z.array(z.object({ type: z.string().optional() }).loose()).nullish(),
  function_call: z.object({ name: z.string(), arguments: z.string() }).nullish(),
  /** DeepSeek, vLLM, OpenRouter …: the reasoning text of an earlier answer. */
  reasoning_content: z.string().nullish(),
});
const toolMessage = z.object({ role: z.literal('tool'), tool_call_id: z.string(), content: chatContentSchema });
const functionMessage = z.object({ role: z.literal('function'), name: z.string(), content: z.string().nullish() });

export const chatMessageSchema = z.discriminatedUnion('role', [
  systemMessage,
  userMessage,
  assistantMessage,
  toolMessage,
  functionMessage,
]);
export type WireChatMessage = z.infer<typeof chatMessageSchema>;

export const functionToolSchema = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string(),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
});

const toolChoiceSchema = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }),
  z.object({ type: z.string() }).loose(),
]);

const responseFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string(),
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullish(),
    }),
  }),
]);

/** A Chat Completions request (`ChatCompletionCreateParams`); see `request-fields.ts` for the rest. */
export const chatRequestSchema = z.object({
  messages: z.array(z.object({ role: z.string() }).loose()),
  tools: z.array(z.object({ type: z.string() }).loose()).optional(),
  tool_choice: toolChoiceSchema.optional(),
  parallel_tool_calls: z.boolean().optional(),
  functions: z.array(z.object({ name: z.string() }).loose()).optional(),
  max_completion_tokens: z.number().int().nonnegative().nullish(),
  max_tokens: z.number().int().nonnegative().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  reasoning_effort: z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']).nullish(),
  response_format: responseFormatSchema.optional(),
  user: z.string().optional(),
  safety_identifier: z.string().optional(),
  prompt_cache_key: z.string().optional(),
});
export type WireChatRequest = z.infer<typeof chatRequestSchema>;
