import { CONTINUE, type LocalAnswer, type ProxyStep, type RoutingBody } from '../context.js';

/** Claude Code's warm-up probe: a single user message whose only text is "Warmup". */
export function isWarmupProbe(body: RoutingBody | null): boolean {
  const messages = body?.json['messages'];
  if (!Array.isArray(messages) || messages.length !== 1) return false;
  const message: unknown = messages[0];
  if (typeof message !== 'object' || message === null) return false;
  const content = (message as { role?: unknown; content?: unknown }).content;
  if (typeof content === 'string') return content.trim() === 'Warmup';
  if (!Array.isArray(content) || content.length !== 1) return false;
  const block: unknown = content[0];
  return typeof block === 'object' && block !== null && (block as { text?: unknown }).text === 'Warmup';
}

function warmupAnswer(model: string, stream: boolean, requestId: string): LocalAnswer {
  const usage = { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  const message = { id: `msg_warmup_${requestId}`, type: 'message', role: 'assistant', model, content: [] as unknown[], stop_reason: 'end_turn', stop_sequence: null, usage };
  if (!stream) {
    return { status: 200, contentType: 'application/json', reason: 'warmup', body: JSON.stringify({ ...message, content: [{ type: 'text', text: 'OK' }] }) };
  }
  const events = [
    ['message_start', { type: 'message_start', message: { ...message, stop_reason: null } }],
    ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
    ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'OK' } }],
    ['content_block_stop', { type: 'content_block_stop', index: 0 }],
    ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 0 } }],
    ['message_stop', { type: 'message_stop' }],
  ] as const;
  return { status: 200, contentType: 'text/event-stream', reason: 'warmup', body: events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('') };
}

/** Step 3b: answers the warm-up probe locally, unbilled, when enabled. */
export function createInterceptWarmup(): ProxyStep {
  return {
    name: 'intercept-warmup',
    onRequest(ctx) {
      if (ctx.endpoint.id !== 'anthropic.messages' || !isWarmupProbe(ctx.body)) return CONTINUE;
      return { action: 'answer', answer: warmupAnswer(ctx.body?.model ?? 'claude', ctx.body?.stream ?? false, ctx.requestId) };
    },
  };
}
