import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';

const THINKING_TYPES = new Set(['thinking', 'redacted_thinking']);
/** What stands in for an assistant turn that held nothing but thinking (empty content is refused). */
const OMITTED = { type: 'text', text: '[thinking omitted]' };

function stripBlocks(content: unknown[]): { content: unknown[]; removed: number } {
  let removed = 0;
  const kept: unknown[] = [];
  for (const block of content) {
    const record = asRecord(block);
    if (record && typeof record['type'] === 'string' && THINKING_TYPES.has(record['type'])) {
      removed++;
      continue;
    }
    if (record && 'signature' in record) {
      const { signature: _signature, ...rest } = record;
      kept.push(rest);
      removed++;
      continue;
    }
    kept.push(block);
  }
  return { content: kept.length > 0 ? kept : [OMITTED], removed };
}

/**
 * The thinking-signature rectifier's rewrite of an Anthropic Messages body: thinking and
 * redacted-thinking blocks (and stray signatures) leave the history. When the last assistant turn
 * lost its thinking, extended thinking is switched off for this request, because with thinking on
 * that turn would have to start with a thinking block. Null when there was nothing to strip.
 */
export function stripThinkingFromHistory(body: JsonBody): Record<string, unknown> | null {
  if (!body.contains('signature') && !body.contains('thinking')) return null;
  const messages = body.get('messages');
  if (!Array.isArray(messages)) return null;
  let removed = 0;
  let lastAssistantStripped = false;
  const rewritten = messages.map((message) => {
    const record = asRecord(message);
    if (!record || !Array.isArray(record['content'])) return message;
    const stripped = stripBlocks(record['content']);
    if (stripped.removed === 0) {
      if (record['role'] === 'assistant') lastAssistantStripped = false;
      return message;
    }
    removed += stripped.removed;
    if (record['role'] === 'assistant') lastAssistantStripped = true;
    return { ...record, content: stripped.content };
  });
  if (removed === 0) return null;
  const changes: Record<string, unknown> = { messages: rewritten };
  const thinking = asRecord(body.get('thinking'));
  if (lastAssistantStripped && thinking && thinking['type'] !== 'disabled') changes['thinking'] = { type: 'disabled' };
  return changes;
}
