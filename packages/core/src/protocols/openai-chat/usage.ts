import { z } from 'zod';
import { createDeferredStreamReader } from '../../usage/create-deferred-stream-reader.js';
import { hasObjectField } from '../../json/has-object-field.js';
import { modelNameSchema, subtractTokens, tokenCountSchema } from '../../usage/token-count.js';
import type { Usage } from '../../usage/usage.js';
import type { UsageExtractor, UsageReading } from '../../usage/usage-extractor.js';

const chatUsageSchema = z.object({
  prompt_tokens: tokenCountSchema,
  completion_tokens: tokenCountSchema,
  prompt_tokens_details: z.object({ cached_tokens: tokenCountSchema }).optional().catch(undefined),
  completion_tokens_details: z.object({ reasoning_tokens: tokenCountSchema }).optional().catch(undefined),
  /** DeepSeek and some other OpenAI-compatible APIs report cache hits here instead. */
  prompt_cache_hit_tokens: tokenCountSchema,
});
type ChatUsage = z.infer<typeof chatUsageSchema>;

/** A chat.completion body or a chat.completion.chunk. */
const chatCompletionSchema = z.object({ model: modelNameSchema, usage: chatUsageSchema.optional().catch(undefined) });

/**
 * `prompt_tokens` includes cached tokens, so input = prompt − cached. `completion_tokens`
 * already includes reasoning tokens: output stays `completion_tokens`, reasoning is reported
 * beside it. OpenAI has no cache-write tokens.
 */
export function normalizeOpenAiChatUsage(raw: ChatUsage): Usage {
  const cached = raw.prompt_tokens_details?.cached_tokens ?? raw.prompt_cache_hit_tokens ?? 0;
  return {
    inputTokens: subtractTokens(raw.prompt_tokens ?? 0, cached),
    outputTokens: raw.completion_tokens ?? 0,
    cacheReadTokens: cached,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: raw.completion_tokens_details?.reasoning_tokens ?? 0,
  };
}

function readChatCompletion(body: unknown): UsageReading {
  const parsed = chatCompletionSchema.safeParse(body);
  if (!parsed.success) return { usage: null, model: null };
  const { usage, model } = parsed.data;
  return { usage: usage ? normalizeOpenAiChatUsage(usage) : null, model: model ?? null };
}

/** Stream: the (last) chunk with a non-null `usage`, sent when `stream_options.include_usage` is set. */
export const openAiChatUsage: UsageExtractor = {
  readJson: readChatCompletion,
  createStreamReader: () =>
    createDeferredStreamReader({
      carriesUsage: (frame) => hasObjectField(frame.data, 'usage'),
      readPayload: readChatCompletion,
    }),
};
