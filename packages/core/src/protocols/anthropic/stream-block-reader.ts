import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { asRecord } from '../../json/as-record.js';
import {
  blockDeltaSchema,
  blockStartSchema,
  blockStopSchema,
  redactedStartSchema,
  textStartSchema,
  thinkingStartSchema,
  toolUseStartSchema,
  type WireDelta,
} from './wire-stream.js';

/**
 * The content-block part of the Anthropic stream decoder: `content_block_start/delta/stop` →
 * IR block events, with IR indexes counted in order of opening. Blocks the IR does not carry
 * (server tool blocks, which a request written by `request-from-ir.ts` never asks for) are
 * skipped with their deltas. A tool call whose input never streamed gets `{}` as its arguments;
 * a start that already holds content (some relays put it there) becomes a first delta.
 * `push` returns null for a malformed event.
 */
export function createBlockReader() {
  const open = new Map<number, { index: number; tool: boolean; argued: boolean }>();
  let next = 0;

  function start(json: unknown): IrStreamEvent[] | null {
    const parsed = blockStartSchema.safeParse(json);
    if (!parsed.success) return null;
    const { index: wireIndex, content_block: block } = parsed.data;
    const index = next;
    const events = startEvents(index, block);
    if (!events) return null;
    if (events.length === 0) return events;
    next += 1;
    const tool = block.type === 'tool_use';
    open.set(wireIndex, { index, tool, argued: events.some((e) => e.type === 'block_delta') });
    return events;
  }

  function delta(json: unknown): IrStreamEvent[] | null {
    const parsed = blockDeltaSchema.safeParse(json);
    if (!parsed.success) return null;
    const block = open.get(parsed.data.index);
    if (!block) return [];
    const event = deltaEvent(block.index, parsed.data.delta);
    if (event && parsed.data.delta.type === 'input_json_delta') block.argued = true;
    return event ? [event] : [];
  }

  function stop(json: unknown): IrStreamEvent[] | null {
    const parsed = blockStopSchema.safeParse(json);
    if (!parsed.success) return null;
    const block = open.get(parsed.data.index);
    if (!block) return [];
    open.delete(parsed.data.index);
    const close: IrStreamEvent = { type: 'block_stop', index: block.index };
    if (!block.tool || block.argued) return [close];
    return [{ type: 'block_delta', index: block.index, delta: { type: 'arguments', json: '{}' } }, close];
  }

  return {
    push(type: string, json: unknown): IrStreamEvent[] | null {
      if (type === 'content_block_start') return start(json);
      if (type === 'content_block_delta') return delta(json);
      if (type === 'content_block_stop') return stop(json);
      return [];
    },
  };
}

function startEvents(index: number, block: Record<string, unknown> & { type: string }): IrStreamEvent[] | null {
  if (block.type === 'text') {
    const text = textStartSchema.safeParse(block);
    if (!text.success) return null;
    return withDelta({ type: 'block_start', index, block: { type: 'text' } }, text.data.text, 'text');
  }
  if (block.type === 'thinking') {
    const thinking = thinkingStartSchema.safeParse(block);
    if (!thinking.success) return null;
    const events = withDelta(
      { type: 'block_start', index, block: { type: 'thinking' } },
      thinking.data.thinking,
      'thinking',
    );
    if (thinking.data.signature) events.push(signatureDelta(index, thinking.data.signature));
    return events;
  }
  if (block.type === 'redacted_thinking') {
    const redacted = redactedStartSchema.safeParse(block);
    if (!redacted.success) return null;
    return [
      { type: 'block_start', index, block: { type: 'thinking', redacted: true } },
      signatureDelta(index, redacted.data.data),
    ];
  }
  if (block.type === 'tool_use') {
    const call = toolUseStartSchema.safeParse(block);
    if (!call.success) return null;
    const input = asRecord(call.data.input);
    const opening: IrStreamEvent = {
      type: 'block_start',
      index,
      block: { type: 'tool_call', id: call.data.id, name: call.data.name },
    };
    if (!input || Object.keys(input).length === 0) return [opening];
    return [opening, { type: 'block_delta', index, delta: { type: 'arguments', json: JSON.stringify(input) } }];
  }
  return [];
}

function withDelta(opening: IrStreamEvent, text: string | undefined, kind: 'text' | 'thinking'): IrStreamEvent[] {
  if (!text || opening.type !== 'block_start') return [opening];
  return [opening, { type: 'block_delta', index: opening.index, delta: { type: kind, text } }];
}

function signatureDelta(index: number, value: string): IrStreamEvent {
  return { type: 'block_delta', index, delta: { type: 'signature', signature: { protocol: 'anthropic', value } } };
}

function deltaEvent(index: number, delta: WireDelta): IrStreamEvent | null {
  if (delta.type === 'text_delta') return { type: 'block_delta', index, delta: { type: 'text', text: delta.text } };
  if (delta.type === 'thinking_delta')
    return { type: 'block_delta', index, delta: { type: 'thinking', text: delta.thinking } };
  if (delta.type === 'signature_delta') return signatureDelta(index, delta.signature);
  if (delta.type === 'input_json_delta' && delta.partial_json !== '')
    return { type: 'block_delta', index, delta: { type: 'arguments', json: delta.partial_json } };
  return null; // citations (annotations, see request-fields.ts) and empty JSON pieces
}
