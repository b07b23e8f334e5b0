import type { SseFrame } from '../../sse/sse-frame.js';
import { classifyGeminiChunk } from '../gemini/stream-head.js';
import type { StreamHeadVerdict } from '../protocol-adapter.js';

/** Chunks are wrapped as `{"response":{…}}`; the markers inside read as for the Gemini API. */
export function classifyGeminiCliFrame(frame: SseFrame): StreamHeadVerdict {
  return classifyGeminiChunk(frame.data);
}
