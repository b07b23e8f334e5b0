import type { SseFrame } from '../sse/index.js';
import { parseJsonSafely } from '../json/parse-json-safely.js';
import { NO_READING, type StreamUsageReader, type UsageReading } from './usage-extractor.js';

export interface DeferredStreamReaderOptions {
  /** Cheap check: may this frame carry the (cumulative) usage of the stream? */
  carriesUsage(frame: SseFrame): boolean;
  /** Reads one parsed frame payload. */
  readPayload(payload: unknown): UsageReading;
}

/**
 * A reader for protocols whose usage is cumulative, so only the last frame carrying it counts
 * (OpenAI Chat, OpenAI Responses, Gemini). It keeps a reference to the text of that frame and
 * of the first frame (for the model, should the usage frame not name it) and parses them once,
 * in `result()`: nothing is JSON.parsed while the stream flows.
 */
export function createDeferredStreamReader(options: DeferredStreamReaderOptions): StreamUsageReader {
  let first: string | undefined;
  let last: string | undefined;
  return {
    push(frame) {
      if (frame.data === '[DONE]') return;
      if (first === undefined) first = frame.data;
      if (options.carriesUsage(frame)) last = frame.data;
    },
    result() {
      const reading = last === undefined ? NO_READING : options.readPayload(parseJsonSafely(last));
      if (reading.model !== null || first === undefined || first === last) return reading;
      return { usage: reading.usage, model: options.readPayload(parseJsonSafely(first)).model };
    },
  };
}
