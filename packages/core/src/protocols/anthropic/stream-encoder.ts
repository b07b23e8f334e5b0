import { randomUUID } from 'node:crypto';
import type { IrBlockStart, IrDelta, IrStreamEvent } from '../../ir/ir-stream.js';
import type { AnswerContext, StreamEncoder } from '../../ir/translator.js';
import type { Usage } from '../../usage/usage.js';
import { answerBlockFromIr } from './answer-blocks-from-ir.js';
import { anthropicErrorType } from './errors.js';
import { stopReasonFromIr } from './stop-reason.js';
import { usageFromIr } from './usage-from-ir.js';

type Block = { wire: number | null; kind: IrBlockStart['type'] | 'redacted' };

function sse(type: string, data: Record<string, unknown>): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

const STOP_WITHOUT_FINISH = 'The answer ended before it was complete.';

/**
 * IR events → the Messages event stream Claude clients read: `message_start` (with the input
 * usage when known) and `ping`, then per block `content_block_start` / `content_block_delta`
 * (`text_delta`, `input_json_delta`, `thinking_delta`, `signature_delta`) / `content_block_stop`,
 * then `message_delta` (stop reason, final usage) and `message_stop`. Every event is written as
 * it arrives; the one exception is a redacted thinking block, whose `content_block_start` must
 * carry its data and so waits for its signature (it has no text to stream). Blocks still open at
 * `finish` are closed first. An IR error becomes an `error` event and ends the stream; an end
 * without a finish is such an error too, never a quiet `end_turn`.
 */
export function createAnthropicStreamEncoder(context: AnswerContext): StreamEncoder {
  const blocks = new Map<number, Block>();
  let nextWire = 0;
  let started = false;
  let finished = false;
  let stopped = false;
  let calledTools = false;
  let latestUsage: Usage | null = null;

  function messageStart(id: string, usage: Partial<Usage>): string {
    started = true;
    const message = { id, type: 'message', role: 'assistant', model: context.requestedModel, content: [] };
    const opening = { ...message, stop_reason: null, stop_sequence: null, usage: usageFromIr(usage) };
    return sse('message_start', { message: opening }) + sse('ping', {});
  }
  const ensureStarted = () => (started ? '' : messageStart(`msg_${randomUUID().replaceAll('-', '')}`, {}));

  function openWire(index: number, block: Block, contentBlock: Record<string, unknown>): string {
    block.wire = nextWire++;
    blocks.set(index, block);
    return sse('content_block_start', { index: block.wire, content_block: contentBlock });
  }

  function blockStart(index: number, start: IrBlockStart): string {
    if (start.type === 'thinking' && start.redacted) {
      blocks.set(index, { wire: null, kind: 'redacted' });
      return '';
    }
    if (start.type === 'tool_call') calledTools = true;
    const contentBlock =
      start.type === 'tool_call'
        ? { type: 'tool_use', id: start.id, name: start.name, input: {} }
        : start.type === 'thinking'
          ? { type: 'thinking', thinking: '', signature: '' }
          : { type: 'text', text: '' };
    return openWire(index, { wire: null, kind: start.type }, contentBlock);
  }

  function blockDelta(index: number, delta: IrDelta): string {
    const block = blocks.get(index);
    if (!block) return '';
    if (block.kind === 'redacted') {
      if (delta.type !== 'signature' || block.wire !== null) return '';
      return openWire(
        index,
        block,
        answerBlockFromIr({ type: 'thinking', text: '', redacted: true, signature: delta.signature }),
      );
    }
    const wireDelta = wireDeltaOf(block.kind, delta);
    return wireDelta ? sse('content_block_delta', { index: block.wire, delta: wireDelta }) : '';
  }

  function blockStop(index: number): string {
    const block = blocks.get(index);
    if (!block) return '';
    const opening = block.wire === null ? openWire(index, block, { type: 'redacted_thinking', data: '' }) : '';
    blocks.delete(index);
    return `${opening}${sse('content_block_stop', { index: block.wire })}`;
  }

  function finish(event: Extract<IrStreamEvent, { type: 'finish' }>): string {
    const closing = [...blocks.keys()].map(blockStop).join('');
    finished = true;
    const delta = { stop_reason: stopReasonFromIr(event.stopReason, calledTools), stop_sequence: event.stopSequence };
    return `${closing}${sse('message_delta', { delta, usage: usageFromIr(event.usage ?? latestUsage ?? {}) })}`;
  }

  function error(kind: string, message: string): string {
    stopped = true;
    return sse('error', { error: { type: anthropicErrorType(kind), message } });
  }

  function write(event: IrStreamEvent): string {
    switch (event.type) {
      case 'start':
        return started ? '' : messageStart(event.id, event.usage ?? {});
      case 'block_start':
        return ensureStarted() + blockStart(event.index, event.block);
      case 'block_delta':
        return blockDelta(event.index, event.delta);
      case 'block_stop':
        return blockStop(event.index);
      case 'usage':
        latestUsage = event.usage;
        return '';
      case 'finish':
        return finished ? '' : ensureStarted() + finish(event);
      case 'end':
        if (!finished) return error('api_error', STOP_WITHOUT_FINISH);
        stopped = true;
        return sse('message_stop', {});
      case 'error':
        return error(event.kind, event.message);
      case 'keep_alive':
        return sse('ping', {});
    }
  }

  return {
    push: (event) => (stopped ? '' : write(event)),
    end() {
      if (stopped || !finished) return '';
      stopped = true;
      return sse('message_stop', {});
    },
  };
}

function wireDeltaOf(kind: Block['kind'], delta: IrDelta): Record<string, unknown> | null {
  if (delta.type === 'text' && (kind === 'text' || kind === 'refusal')) return { type: 'text_delta', text: delta.text };
  if (delta.type === 'arguments' && kind === 'tool_call') return { type: 'input_json_delta', partial_json: delta.json };
  if (delta.type === 'thinking' && kind === 'thinking') return { type: 'thinking_delta', thinking: delta.text };
  if (delta.type === 'signature' && kind === 'thinking') {
    const block = answerBlockFromIr({ type: 'thinking', text: '', signature: delta.signature });
    return { type: 'signature_delta', signature: block['signature'] };
  }
  return null;
}
