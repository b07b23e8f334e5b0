import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';
import { isWrappedSignature } from './signature-codec.js';

/** What stands in for an assistant turn that held nothing but foreign thinking (empty content is refused). */
const OMITTED = { type: 'text', text: '[thinking omitted]' };

function isForeignThinking(block: unknown): boolean {
  const record = asRecord(block);
  if (record?.['type'] === 'thinking') return isWrappedSignature(record['signature']);
  if (record?.['type'] === 'redacted_thinking') return isWrappedSignature(record['data']);
  return false;
}

/**
 * A Claude conversation partly answered by providers of other protocols carries their reasoning
 * tokens as `cch.`-wrapped thinking signatures; Anthropic would refuse them as invalid signatures.
 * Before such a body goes natively to Anthropic those thinking blocks leave the history (its own
 * signatures stay), and, as when the rectifier strips thinking, extended thinking is switched off
 * for this request when the last assistant turn lost its thinking. Null when there are none: the
 * body is then sent as it came.
 */
export function stripForeignThinking(body: JsonBody): Record<string, unknown> | null {
  if (!body.contains('"cch.')) return null;
  const messages = body.get('messages');
  if (!Array.isArray(messages)) return null;
  let removed = 0;
  let lastAssistantStripped = false;
  const rewritten = messages.map((message) => {
    const record = asRecord(message);
    if (!record || !Array.isArray(record['content'])) return message;
    const kept = record['content'].filter((block) => !isForeignThinking(block));
    const stripped = record['content'].length - kept.length;
    if (record['role'] === 'assistant') lastAssistantStripped = stripped > 0;
    if (stripped === 0) return message;
    removed += stripped;
    return { ...record, content: kept.length > 0 ? kept : [OMITTED] };
  });
  if (removed === 0) return null;
  const changes: Record<string, unknown> = { messages: rewritten };
  const thinking = asRecord(body.get('thinking'));
  if (lastAssistantStripped && thinking && thinking['type'] !== 'disabled') changes['thinking'] = { type: 'disabled' };
  return changes;
}
