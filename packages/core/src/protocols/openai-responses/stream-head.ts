import { peekJsonType } from '../../json/peek-json-type.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import type { StreamHeadVerdict } from '../protocol-adapter.js';

const PREAMBLE = new Set(['response.created', 'response.in_progress', 'response.queued']);
const ERROR = new Set(['error', 'response.failed']);

/** `response.created` / `in_progress` open the answer; `error` and `response.failed` are failures. */
export function classifyOpenAiResponsesFrame(frame: SseFrame): StreamHeadVerdict {
  const data = frame.data.trimStart();
  if (data === '') return 'keep-alive';
  const type = frame.event ?? peekJsonType(data);
  if (type === 'keepalive' || type === 'ping') return 'keep-alive';
  if (type && ERROR.has(type)) return 'error';
  if (type === null && data.startsWith('{"error"')) return 'error';
  return type && PREAMBLE.has(type) ? 'preamble' : 'content';
}
