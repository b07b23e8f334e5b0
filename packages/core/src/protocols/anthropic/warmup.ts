import type { JsonBody } from '../../json/json-body.js';
import type { LocalAnswer, RoutingFields } from '../protocol-adapter.js';

/**
 * Claude Code's warm-up probe: a single user message whose only text is "Warmup". The messages
 * are parsed only when the body contains that word at all.
 */
export function isWarmupProbe(body: JsonBody): boolean {
  if (!body.contains('Warmup')) return false;
  const messages = body.get('messages');
  if (!Array.isArray(messages) || messages.length !== 1) return false;
  const message: unknown = messages[0];
  if (typeof message !== 'object' || message === null) return false;
  const content = (message as { content?: unknown }).content;
  if (typeof content === 'string') return content.trim() === 'Warmup';
  if (!Array.isArray(content) || content.length !== 1) return false;
  const block: unknown = content[0];
  return typeof block === 'object' && block !== null && (block as { text?: unknown }).text === 'Warmup';
}

const EMPTY_USAGE = { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Answers the probe locally, unbilled: "OK" as a message or as the full event sequence. */
export function answerWarmup(input: { body: JsonBody; fields: RoutingFields; requestId: string }) {
  if (!isWarmupProbe(input.body)) return null;
  const message = {
    id: `msg_warmup_${input.requestId}`,
    type: 'message',
    role: 'assistant',
    model: input.fields.model ?? 'claude',
    content: [] as unknown[],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: EMPTY_USAGE,
  };
  if (!input.fields.stream) {
    const body = JSON.stringify({ ...message, content: [{ type: 'text', text: 'OK' }] });
    return { status: 200, contentType: 'application/json', reason: 'warmup', body } satisfies LocalAnswer;
  }
  const body = [
    sse('message_start', { type: 'message_start', message: { ...message, stop_reason: null } }),
    sse('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'OK' } }),
    sse('content_block_stop', { type: 'content_block_stop', index: 0 }),
    sse('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 0 },
    }),
    sse('message_stop', { type: 'message_stop' }),
  ].join('');
  return { status: 200, contentType: 'text/event-stream', reason: 'warmup', body } satisfies LocalAnswer;
}
