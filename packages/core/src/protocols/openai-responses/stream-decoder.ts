import type { z } from 'zod';
import type { IrBlockStart, IrDelta, IrStreamEvent } from '../../ir/ir-stream.js';
import type { StreamDecoder } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import { emptyUsage } from '../../usage/usage.js';
import { functionCallToIr, outputItemToIr, reasoningToIr } from './output-to-ir.js';
import { stopReasonToIr } from './status.js';
import { errorKindOfCode } from './stream-errors.js';
import { openAiResponsesUsage } from './usage.js';
import {
  argumentsDoneSchema,
  createdSchema,
  deltaEventSchema,
  errorEventSchema,
  itemEventSchema,
  partEventSchema,
  summaryPartSchema,
  terminalSchema,
} from './wire-stream.js';

const CUT_SHORT: IrStreamEvent = {
  type: 'error',
  status: 502,
  kind: 'api_error',
  message: "The provider's stream ended before the answer was complete.",
};

function malformed(type: string): IrStreamEvent {
  return { type: 'error', status: 502, kind: 'api_error', message: `The provider sent a malformed ${type} event.` };
}

interface Block {
  index: number;
  kind: IrBlockStart['type'];
  /** Whether any text, thinking or arguments have been sent. */
  filled: boolean;
}

/** Keys of open blocks: an item by its output index, a message part by output and content index. */
const itemKey = (output: number) => `${output}`;
const partKey = (output: number, content: number) => `${output}:${content}`;

/**
 * A Responses provider's SSE frames → IR events. Output items become blocks: a reasoning item
 * one thinking block (summary parts joined by blank lines, `encrypted_content` from its
 * `output_item.done` as the signature), each text or refusal part of a message a block, a
 * function call a block whose arguments stream. Blocks open on the first event that shows them
 * (some providers send deltas without `content_part.added`) and close on their `done` event.
 * `response.completed` / `incomplete` finish with usage; `response.failed` and `error` are errors;
 * a stream that ends before any of them is an error too, never a quiet success.
 */
export function createOpenAiResponsesStreamDecoder(): StreamDecoder {
  const open = new Map<string, Block>();
  /** Output indexes of messages some part of which has streamed. */
  const streamedParts = new Set<string>();
  let next = 0;
  let started = false;
  let calledTools = false;
  let done = false;

  function startBlock(key: string, block: IrBlockStart): IrStreamEvent[] {
    if (open.has(key)) return [];
    const colon = key.indexOf(':');
    if (colon > 0) streamedParts.add(key.slice(0, colon));
    const index = next++;
    open.set(key, { index, kind: block.type, filled: false });
    if (block.type === 'tool_call') calledTools = true;
    return [{ type: 'block_start', index, block }];
  }

  /** A delta for the block at `key`, opened as `ifClosed` first if needed (a call cannot be: its id is unknown). */
  function delta(key: string, ifClosed: IrBlockStart | null, delta: IrDelta): IrStreamEvent[] {
    const events = ifClosed ? startBlock(key, ifClosed) : [];
    const block = open.get(key);
    if (!block) return events;
    if (delta.type !== 'signature') block.filled = true;
    return [...events, { type: 'block_delta', index: block.index, delta }];
  }

  function stop(key: string): IrStreamEvent[] {
    const block = open.get(key);
    if (!block) return [];
    open.delete(key);
    const events: IrStreamEvent[] = [];
    if (block.kind === 'tool_call' && !block.filled)
      events.push({ type: 'block_delta', index: block.index, delta: { type: 'arguments', json: '{}' } });
    return [...events, { type: 'block_stop', index: block.index }];
  }

  function closeItem(output: number): IrStreamEvent[] {
    const prefix = `${output}:`;
    return [...open.keys()].filter((key) => key === itemKey(output) || key.startsWith(prefix)).flatMap(stop);
  }

  function itemAdded(output: number, item: Record<string, unknown>): IrStreamEvent[] {
    const key = itemKey(output);
    if (item['type'] === 'reasoning') return startBlock(key, { type: 'thinking' });
    if (item['type'] !== 'function_call') return [];
    const call = functionCallToIr(item);
    if (!call) return [];
    const events = startBlock(key, { type: 'tool_call', id: call.id, name: call.name });
    return call.arguments === '' ? events : [...events, ...delta(key, null, argumentsOf(call.arguments))];
  }

  /** The item complete: what its deltas did not carry (a signature, arguments, whole parts), then its close. */
  function itemDone(output: number, item: Record<string, unknown>): IrStreamEvent[] {
    const key = itemKey(output);
    const events: IrStreamEvent[] = [];
    if (item['type'] === 'reasoning') {
      const thinking = reasoningToIr(item);
      if (!thinking) return closeItem(output);
      const block = open.get(key);
      if (thinking.text !== '' && !block?.filled)
        events.push(...delta(key, { type: 'thinking' }, { type: 'thinking', text: thinking.text }));
      if (thinking.signature)
        events.push(...delta(key, { type: 'thinking' }, { type: 'signature', signature: thinking.signature }));
    } else if (item['type'] === 'function_call') {
      const call = functionCallToIr(item);
      if (call) {
        events.push(...startBlock(key, { type: 'tool_call', id: call.id, name: call.name }));
        if (!open.get(key)?.filled && call.arguments !== '')
          events.push(...delta(key, null, argumentsOf(call.arguments)));
      }
    } else if (item['type'] === 'message' && !streamedParts.has(itemKey(output))) {
      // A message whose parts never streamed (some relays send only the finished item).
      outputItemToIr(item).forEach((part, i) => {
        if (part.type !== 'text' && part.type !== 'refusal') return;
        events.push(...delta(partKey(output, i), { type: part.type }, { type: 'text', text: part.text }));
      });
    }
    return [...events, ...closeItem(output)];
  }

  function finish(json: unknown): IrStreamEvent[] {
    const parsed = terminalSchema.safeParse(json);
    if (!parsed.success) return [malformed('response.completed')];
    const closing = [...open.keys()].flatMap(stop);
    done = true;
    const { response } = parsed.data;
    const usage = openAiResponsesUsage.readJson(response).usage ?? emptyUsage();
    const stopReason = stopReasonToIr(response.status, response.incomplete_details?.reason, calledTools);
    return [...closing, { type: 'finish', stopReason, stopSequence: null, usage }, { type: 'end' }];
  }

  function read<T>(schema: z.ZodType<T>, json: unknown): T | null {
    const parsed = schema.safeParse(json);
    return parsed.success ? parsed.data : null;
  }

  function onEvent(type: string, json: unknown): IrStreamEvent[] {
    switch (type) {
      case 'response.created': {
        const created = read(createdSchema, json);
        if (!created) return [malformed(type)];
        if (started) return [];
        started = true;
        return [{ type: 'start', id: created.response.id, model: created.response.model }];
      }
      case 'response.output_item.added':
      case 'response.output_item.done': {
        const event = read(itemEventSchema, json);
        if (!event) return [malformed(type)];
        return type.endsWith('added')
          ? itemAdded(event.output_index, event.item)
          : itemDone(event.output_index, event.item);
      }
      case 'response.content_part.added': {
        const event = read(partEventSchema, json);
        if (!event) return [malformed(type)];
        const kind = event.part.type === 'refusal' ? 'refusal' : event.part.type === 'output_text' ? 'text' : null;
        if (!kind) return [];
        const key = partKey(event.output_index, event.content_index);
        const initial = event.part.text ?? event.part.refusal ?? '';
        const opened = startBlock(key, { type: kind });
        return initial === '' ? opened : [...opened, ...delta(key, { type: kind }, { type: 'text', text: initial })];
      }
      case 'response.content_part.done': {
        const event = read(partEventSchema, json);
        return event ? stop(partKey(event.output_index, event.content_index)) : [malformed(type)];
      }
      case 'response.output_text.delta':
      case 'response.refusal.delta': {
        const event = read(deltaEventSchema, json);
        if (!event) return [malformed(type)];
        if (event.delta === '') return [];
        const kind = type === 'response.refusal.delta' ? 'refusal' : 'text';
        const key = partKey(event.output_index, event.content_index);
        return delta(key, { type: kind }, { type: 'text', text: event.delta });
      }
      case 'response.reasoning_summary_part.added': {
        const event = read(summaryPartSchema, json);
        if (!event) return [malformed(type)];
        const key = itemKey(event.output_index);
        const opened = startBlock(key, { type: 'thinking' });
        if (event.summary_index === 0 || !open.get(key)?.filled) return opened;
        return [...opened, ...delta(key, { type: 'thinking' }, { type: 'thinking', text: '\n\n' })];
      }
      case 'response.reasoning_summary_text.delta': {
        const event = read(deltaEventSchema, json);
        if (!event) return [malformed(type)];
        if (event.delta === '') return [];
        return delta(itemKey(event.output_index), { type: 'thinking' }, { type: 'thinking', text: event.delta });
      }
      case 'response.function_call_arguments.delta': {
        const event = read(deltaEventSchema, json);
        if (!event) return [malformed(type)];
        return event.delta === '' ? [] : delta(itemKey(event.output_index), null, argumentsOf(event.delta));
      }
      case 'response.function_call_arguments.done': {
        const event = read(argumentsDoneSchema, json);
        if (!event) return [malformed(type)];
        const block = open.get(itemKey(event.output_index));
        if (!block || block.filled || event.arguments === '') return [];
        return delta(itemKey(event.output_index), null, argumentsOf(event.arguments));
      }
      case 'response.completed':
      case 'response.incomplete':
        return finish(json);
      case 'response.failed': {
        const failed = read(terminalSchema, json)?.response.error;
        const message = failed?.message || 'The provider failed to answer.';
        return [{ type: 'error', ...errorKindOfCode(failed?.code), message }];
      }
      case 'error': {
        const error = read(errorEventSchema, json);
        return [{ type: 'error', ...errorKindOfCode(error?.code), message: error?.message || 'The provider failed.' }];
      }
      case 'keepalive':
      case 'ping':
        return [{ type: 'keep_alive' }];
      default:
        return [];
    }
  }

  return {
    push(frame: SseFrame) {
      if (done) return [];
      const json = parseJsonSafely(frame.data);
      const type = asRecord(json)?.['type'];
      const events = onEvent(typeof type === 'string' ? type : (frame.event ?? ''), json);
      if (events.some((event) => event.type === 'error')) done = true;
      return events;
    },
    end() {
      if (done) return [];
      done = true;
      return [CUT_SHORT];
    },
  };
}

function argumentsOf(json: string): IrDelta {
  return { type: 'arguments', json };
}
