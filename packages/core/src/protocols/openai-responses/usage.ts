import { z } from 'zod';
import type { SseFrame } from '../../sse/sse-frame.js';
import { createDeferredStreamReader } from '../../usage/create-deferred-stream-reader.js';
import { peekJsonType } from '../../json/peek-json-type.js';
import { modelNameSchema, subtractTokens, tokenCountSchema } from '../../usage/token-count.js';
import type { Usage } from '../../usage/usage.js';
import type { UsageExtractor, UsageReading } from '../../usage/usage-extractor.js';

const responsesUsageSchema = z.object({
  input_tokens: tokenCountSchema,
  output_tokens: tokenCountSchema,
  input_tokens_details: z.object({ cached_tokens: tokenCountSchema }).optional().catch(undefined),
  output_tokens_details: z.object({ reasoning_tokens: tokenCountSchema }).optional().catch(undefined),
});
type ResponsesUsage = z.infer<typeof responsesUsageSchema>;

/** A Response object: the JSON body, and `response` inside stream events. */
const responseSchema = z.object({ model: modelNameSchema, usage: responsesUsageSchema.optional().catch(undefined) });
const responseEventSchema = z.object({ response: z.unknown() });

/** The stream events that carry the final `response.usage`. */
const TERMINAL_EVENTS: ReadonlySet<string> = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** `input_tokens` includes cached tokens; `output_tokens` includes reasoning tokens. */
export function normalizeOpenAiResponsesUsage(raw: ResponsesUsage): Usage {
  const cached = raw.input_tokens_details?.cached_tokens ?? 0;
  return {
    inputTokens: subtractTokens(raw.input_tokens ?? 0, cached),
    outputTokens: raw.output_tokens ?? 0,
    cacheReadTokens: cached,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: raw.output_tokens_details?.reasoning_tokens ?? 0,
  };
}

function readResponse(body: unknown): UsageReading {
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) return { usage: null, model: null };
  const { usage, model } = parsed.data;
  return { usage: usage ? normalizeOpenAiResponsesUsage(usage) : null, model: model ?? null };
}

function readResponseEvent(payload: unknown): UsageReading {
  const parsed = responseEventSchema.safeParse(payload);
  return parsed.success ? readResponse(parsed.data.response) : { usage: null, model: null };
}

function isTerminalEvent(frame: SseFrame): boolean {
  const type = frame.event ?? peekJsonType(frame.data);
  return type !== null && TERMINAL_EVENTS.has(type);
}

export const openAiResponsesUsage: UsageExtractor = {
  readJson: readResponse,
  createStreamReader: () =>
    createDeferredStreamReader({ carriesUsage: isTerminalEvent, readPayload: readResponseEvent }),
};
