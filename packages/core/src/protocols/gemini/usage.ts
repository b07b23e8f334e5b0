import { z } from 'zod';
import { createDeferredStreamReader } from '../../usage/create-deferred-stream-reader.js';
import { hasObjectField } from '../../json/has-object-field.js';
import { modelNameSchema, subtractTokens, tokenCountSchema } from '../../usage/token-count.js';
import type { Usage } from '../../usage/usage.js';
import type { UsageExtractor, UsageReading } from '../../usage/usage-extractor.js';

const usageMetadataSchema = z.object({
  promptTokenCount: tokenCountSchema,
  candidatesTokenCount: tokenCountSchema,
  cachedContentTokenCount: tokenCountSchema,
  thoughtsTokenCount: tokenCountSchema,
  toolUsePromptTokenCount: tokenCountSchema,
});
type UsageMetadata = z.infer<typeof usageMetadataSchema>;

/** A GenerateContentResponse (one JSON body or one stream chunk). */
const generateContentSchema = z.object({
  modelVersion: modelNameSchema,
  usageMetadata: usageMetadataSchema.optional().catch(undefined),
});

/**
 * `promptTokenCount` includes `cachedContentTokenCount`; tool-use prompt tokens (e.g. search or
 * code-execution results fed back to the model) are counted apart and billed as input. Thoughts
 * are billed as output: output = candidates + thoughts, reasoning = thoughts.
 */
export function normalizeGeminiUsage(raw: UsageMetadata): Usage {
  const cached = raw.cachedContentTokenCount ?? 0;
  const thoughts = raw.thoughtsTokenCount ?? 0;
  return {
    inputTokens: subtractTokens(raw.promptTokenCount ?? 0, cached) + (raw.toolUsePromptTokenCount ?? 0),
    outputTokens: (raw.candidatesTokenCount ?? 0) + thoughts,
    cacheReadTokens: cached,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: thoughts,
  };
}

export function readGenerateContent(body: unknown): UsageReading {
  const parsed = generateContentSchema.safeParse(body);
  if (!parsed.success) return { usage: null, model: null };
  const { usageMetadata, modelVersion } = parsed.data;
  return { usage: usageMetadata ? normalizeGeminiUsage(usageMetadata) : null, model: modelVersion ?? null };
}

/**
 * A JSON body is one response, or — for `streamGenerateContent` without `alt=sse` — an array of
 * chunks, whose last usage-carrying element holds the totals.
 */
export function readGeminiBody(body: unknown, readOne: (item: unknown) => UsageReading): UsageReading {
  if (!Array.isArray(body)) return readOne(body);
  let usage: Usage | null = null;
  let model: string | null = null;
  for (const item of body) {
    const reading = readOne(item);
    usage = reading.usage ?? usage;
    model = reading.model ?? model;
  }
  return { usage, model };
}

export const geminiUsage: UsageExtractor = {
  readJson: (body) => readGeminiBody(body, readGenerateContent),
  createStreamReader: () =>
    createDeferredStreamReader({
      carriesUsage: (frame) => hasObjectField(frame.data, 'usageMetadata'),
      readPayload: readGenerateContent,
    }),
};
