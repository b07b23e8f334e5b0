import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import type { StreamHeadVerdict } from '../protocol-adapter.js';

function deltaHasContent(choice: unknown): boolean {
  const record = asRecord(choice);
  if (!record) return false;
  if (record['finish_reason'] !== undefined && record['finish_reason'] !== null) return true;
  const delta = asRecord(record['delta']);
  if (!delta) return false;
  return Object.entries(delta).some(([field, value]) => {
    if (field === 'role') return false;
    if (typeof value === 'string') return value.length > 0;
    return value !== null && value !== undefined;
  });
}

/** A chunk whose delta has only a role (and empty text) opens the answer; `{"error"}` is a failure. */
export function classifyOpenAiChatFrame(frame: SseFrame): StreamHeadVerdict {
  const data = frame.data.trimStart();
  if (data === '') return 'keep-alive';
  if (data === '[DONE]') return 'content';
  const chunk = asRecord(parseJsonSafely(data));
  if (!chunk) return 'content';
  if (chunk['error'] !== undefined) return 'error';
  const choices = chunk['choices'];
  if (Array.isArray(choices) && choices.length > 0) return choices.some(deltaHasContent) ? 'content' : 'preamble';
  return chunk['usage'] ? 'content' : 'preamble';
}
