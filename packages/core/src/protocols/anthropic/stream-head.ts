import type { SseFrame } from '../../sse/sse-frame.js';
import { peekJsonType } from '../../json/peek-json-type.js';
import type { StreamHeadVerdict } from '../protocol-adapter.js';

/** `message_start` opens the answer without content; `ping` keeps it alive; `error` is a failure. */
export function classifyAnthropicFrame(frame: SseFrame): StreamHeadVerdict {
  const type = frame.event ?? peekJsonType(frame.data.trimStart());
  if (type === 'ping' || frame.data === '') return 'keep-alive';
  if (type === 'error' || frame.data.trimStart().startsWith('{"error"')) return 'error';
  if (type === 'message_start') return 'preamble';
  return 'content';
}
