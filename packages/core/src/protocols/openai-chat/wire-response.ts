import { z } from 'zod';

/** A tool call of an answer, or a piece of one in a stream chunk (`index` only in streams). */
const toolCallSchema = z.object({
  index: z.number().int().nonnegative().optional(),
  id: z.string().nullish(),
  type: z.string().nullish(),
  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});
export type WireToolCallPiece = z.infer<typeof toolCallSchema>;

/** Reasoning text: `reasoning_content` (DeepSeek, vLLM, Qwen) or `reasoning` (OpenRouter, Ollama). */
const messageFields = {
  content: z.string().nullish(),
  refusal: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  reasoning: z.string().nullish().catch(undefined),
  tool_calls: z.array(toolCallSchema).nullish(),
};

/** A `chat.completion` (`ChatCompletion` in the SDK) as far as the converter reads it. */
export const completionSchema = z.object({
  id: z.string(),
  model: z.string(),
  choices: z.array(z.object({ message: z.object(messageFields), finish_reason: z.string().nullish() })).min(1),
});

/** A `chat.completion.chunk`, or an `{"error": …}` chunk some providers send mid-stream. */
export const chunkSchema = z.object({
  id: z.string().nullish(),
  model: z.string().nullish(),
  choices: z
    .array(
      z.object({
        index: z.number().optional(),
        delta: z.object(messageFields).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  error: z.unknown().optional(),
});
export type WireChunk = z.infer<typeof chunkSchema>;
