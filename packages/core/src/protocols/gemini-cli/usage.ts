import { z } from 'zod';
import { createDeferredStreamReader } from '../../usage/create-deferred-stream-reader.js';
import { readGeminiBody, readGenerateContent } from '../gemini/usage.js';
import { hasObjectField } from '../../json/has-object-field.js';
import type { UsageExtractor, UsageReading } from '../../usage/usage-extractor.js';

const wrappedSchema = z.object({ response: z.record(z.string(), z.unknown()) });

/**
 * The Gemini CLI internal (Code Assist) API wraps a GenerateContentResponse as
 * `{ response: { … }, traceId }`. An unwrapped response is read as is.
 */
function readWrapped(payload: unknown): UsageReading {
  const parsed = wrappedSchema.safeParse(payload);
  return readGenerateContent(parsed.success ? parsed.data.response : payload);
}

export const geminiCliUsage: UsageExtractor = {
  readJson: (body) => readGeminiBody(body, readWrapped),
  createStreamReader: () =>
    createDeferredStreamReader({
      carriesUsage: (frame) => hasObjectField(frame.data, 'usageMetadata'),
      readPayload: readWrapped,
    }),
};
