import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import type { StreamHeadVerdict } from '../protocol-adapter.js';

function partHasContent(part: unknown): boolean {
  const record = asRecord(part);
  if (!record) return false;
  return Object.entries(record).some(([field, value]) => {
    if (field === 'text') return typeof value === 'string' && value.length > 0;
    return field !== 'thought' && field !== 'thoughtSignature' && value !== null && value !== undefined;
  });
}

function candidateHasContent(candidate: unknown): boolean {
  const record = asRecord(candidate);
  if (!record) return false;
  if (typeof record['finishReason'] === 'string') return true;
  const parts = asRecord(record['content'])?.['parts'];
  return Array.isArray(parts) && parts.some(partHasContent);
}

/**
 * A GenerateContentResponse chunk (Code Assist wraps it in `response`): content once a part has
 * text, a function call or data, or a candidate finished (or the prompt was blocked); an `error`
 * object is a failure; anything else (an empty first chunk, usage alone) opens the answer only.
 */
export function classifyGeminiChunk(data: string): StreamHeadVerdict {
  const text = data.trimStart();
  if (text === '') return 'keep-alive';
  const chunk = asRecord(parseJsonSafely(text));
  if (!chunk) return 'content';
  if (chunk['error'] !== undefined) return 'error';
  const response = asRecord(chunk['response']) ?? chunk;
  if (asRecord(response['promptFeedback'])?.['blockReason'] !== undefined) return 'content';
  const candidates = response['candidates'];
  return Array.isArray(candidates) && candidates.some(candidateHasContent) ? 'content' : 'preamble';
}

export function classifyGeminiFrame(frame: SseFrame): StreamHeadVerdict {
  return classifyGeminiChunk(frame.data);
}
