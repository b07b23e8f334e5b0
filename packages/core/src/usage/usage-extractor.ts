import type { SseFrame } from '../sse/index.js';
import type { Usage } from './usage.js';

/** What an extractor read: usage (null when the payload carried none) and the reported model. */
export interface UsageReading {
  usage: Usage | null;
  model: string | null;
}

/**
 * Folds one stream's SSE frames into usage. One reader per stream; it keeps state.
 * `push` sees every frame and decides with cheap string checks (event name, a field marker)
 * whether the frame is worth keeping or parsing; it must never throw.
 */
export interface StreamUsageReader {
  push(frame: SseFrame): void;
  result(): UsageReading;
}

/** Usage extraction for one protocol: complete JSON bodies and SSE streams. */
export interface UsageExtractor {
  /** Reads a complete (non-streamed) response body, already JSON.parsed. Must never throw. */
  readJson(body: unknown): UsageReading;
  createStreamReader(): StreamUsageReader;
}

export const NO_READING: UsageReading = Object.freeze({ usage: null, model: null });
