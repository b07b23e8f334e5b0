import { z } from 'zod';
import type { SseFrame } from '../../sse/sse-frame.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import { peekJsonType } from '../../json/peek-json-type.js';
import { modelNameSchema, subtractTokens, tokenCountSchema } from '../../usage/token-count.js';
import type { Usage } from '../../usage/usage.js';
import type { StreamUsageReader, UsageExtractor, UsageReading } from '../../usage/usage-extractor.js';

const anthropicUsageSchema = z.object({
  input_tokens: tokenCountSchema,
  output_tokens: tokenCountSchema,
  cache_read_input_tokens: tokenCountSchema,
  cache_creation_input_tokens: tokenCountSchema,
  cache_creation: z
    .object({ ephemeral_5m_input_tokens: tokenCountSchema, ephemeral_1h_input_tokens: tokenCountSchema })
    .optional()
    .catch(undefined),
});
type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;

const optionalUsage = anthropicUsageSchema.optional().catch(undefined);
/** A Messages response body, and `message` inside a `message_start` event. */
const messageSchema = z.object({ model: modelNameSchema, usage: optionalUsage });
const messageStartSchema = z.object({ message: messageSchema });
const messageDeltaSchema = z.object({ usage: optionalUsage });

/**
 * Anthropic `input_tokens` excludes cache reads and writes. Cache writes are split into 5-minute
 * and 1-hour by `cache_creation`; without that breakdown all of them are 5-minute writes, and
 * any part of the total the breakdown does not explain is counted as 5-minute too.
 */
export function normalizeAnthropicUsage(raw: AnthropicUsage): Usage {
  const cacheWrite = raw.cache_creation_input_tokens ?? 0;
  const write1h = raw.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const write5m = Math.max(raw.cache_creation?.ephemeral_5m_input_tokens ?? 0, subtractTokens(cacheWrite, write1h));
  return {
    inputTokens: raw.input_tokens ?? 0,
    outputTokens: raw.output_tokens ?? 0,
    cacheReadTokens: raw.cache_read_input_tokens ?? 0,
    cacheWrite5mTokens: write5m,
    cacheWrite1hTokens: write1h,
    reasoningTokens: 0, // Anthropic bills thinking as output and does not report it separately
  };
}

function readMessage(body: unknown): UsageReading {
  const parsed = messageSchema.safeParse(body);
  if (!parsed.success) return { usage: null, model: null };
  const { usage, model } = parsed.data;
  return { usage: usage ? normalizeAnthropicUsage(usage) : null, model: model ?? null };
}

/** Field-wise "latest non-zero wins": `message_delta` usage is cumulative and may repeat zeros. */
function mergeLatest(previous: AnthropicUsage | undefined, next: AnthropicUsage): AnthropicUsage {
  if (!previous) return next;
  const pick = (a: number | undefined, b: number | undefined): number | undefined => (b !== undefined && b > 0 ? b : a);
  const prevCreation = previous.cache_creation;
  const nextCreation = next.cache_creation;
  return {
    input_tokens: pick(previous.input_tokens, next.input_tokens),
    output_tokens: pick(previous.output_tokens, next.output_tokens),
    cache_read_input_tokens: pick(previous.cache_read_input_tokens, next.cache_read_input_tokens),
    cache_creation_input_tokens: pick(previous.cache_creation_input_tokens, next.cache_creation_input_tokens),
    cache_creation:
      prevCreation && nextCreation
        ? {
            ephemeral_5m_input_tokens: pick(
              prevCreation.ephemeral_5m_input_tokens,
              nextCreation.ephemeral_5m_input_tokens,
            ),
            ephemeral_1h_input_tokens: pick(
              prevCreation.ephemeral_1h_input_tokens,
              nextCreation.ephemeral_1h_input_tokens,
            ),
          }
        : (nextCreation ?? prevCreation),
  };
}

/** Parses only `message_start` and `message_delta`; text and tool deltas are skipped unparsed. */
function createAnthropicStreamReader(): StreamUsageReader {
  let usage: AnthropicUsage | undefined;
  let model: string | null = null;
  return {
    push(frame: SseFrame) {
      const type = frame.event ?? peekJsonType(frame.data);
      if (type === 'message_start') {
        const parsed = messageStartSchema.safeParse(parseJsonSafely(frame.data));
        if (!parsed.success) return;
        model = parsed.data.message.model ?? model;
        if (parsed.data.message.usage) usage = mergeLatest(usage, parsed.data.message.usage);
      } else if (type === 'message_delta') {
        const parsed = messageDeltaSchema.safeParse(parseJsonSafely(frame.data));
        if (parsed.success && parsed.data.usage) usage = mergeLatest(usage, parsed.data.usage);
      }
    },
    result() {
      return { usage: usage ? normalizeAnthropicUsage(usage) : null, model };
    },
  };
}

export const anthropicUsage: UsageExtractor = {
  readJson: readMessage,
  createStreamReader: createAnthropicStreamReader,
};
