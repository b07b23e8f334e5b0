import type { z } from 'zod';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import type { StreamDecoder } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { SseFrame } from '../../sse/sse-frame.js';
import { emptyUsage } from '../../usage/usage.js';
import { errorKindOfAnthropicType } from './errors.js';
import { createBlockReader } from './stream-block-reader.js';
import { stopReasonToIr } from './stop-reason.js';
import { anthropicUsage } from './usage.js';
import { errorEventSchema, messageDeltaSchema, messageStartSchema } from './wire-stream.js';

function malformed(type: string): IrStreamEvent {
  return { type: 'error', status: 502, kind: 'api_error', message: `The provider sent a malformed ${type} event.` };
}

const CUT_SHORT: IrStreamEvent = {
  type: 'error',
  status: 502,
  kind: 'api_error',
  message: "The provider's stream ended before the answer was complete.",
};

/**
 * An Anthropic provider's SSE frames → IR events. Content blocks are handled by the block reader;
 * this machine follows the message: `message_start` → start (input usage), `message_delta` with a
 * stop reason → finish (usage merged by the protocol's usage reader: start + cumulative deltas),
 * `message_stop` → end, `error` → error, `ping` → keep-alive. A stream that stops before
 * `message_stop` without a stop reason is an error, never a quiet success. Unknown event types
 * (added by Anthropic later) are skipped.
 */
export function createAnthropicStreamDecoder(): StreamDecoder {
  const blocks = createBlockReader();
  const usage = anthropicUsage.createStreamReader();
  let stop: { reason: string | null; sequence: string | null } | null = null;
  let finished = false;
  let done = false;

  const currentUsage = () => usage.result().usage ?? emptyUsage();
  const finish = (): IrStreamEvent => {
    finished = true;
    const stopReason = stopReasonToIr(stop?.reason);
    return { type: 'finish', stopReason, stopSequence: stop?.sequence ?? null, usage: currentUsage() };
  };
  function read<T>(schema: z.ZodType<T>, json: unknown): T | null {
    const parsed = schema.safeParse(json);
    return parsed.success ? parsed.data : null;
  }

  function onFrame(frame: SseFrame, type: string, json: unknown): IrStreamEvent[] {
    if (type === 'ping') return [{ type: 'keep_alive' }];
    if (type.startsWith('content_block_')) return blocks.push(type, json) ?? [malformed(type)];
    if (type === 'message_start') {
      const start = read(messageStartSchema, json);
      if (!start) return [malformed(type)];
      usage.push(frame);
      return [{ type: 'start', id: start.message.id, model: start.message.model, usage: currentUsage() }];
    }
    if (type === 'message_delta') {
      const delta = read(messageDeltaSchema, json);
      if (!delta) return [malformed(type)];
      usage.push(frame);
      if (delta.delta.stop_reason)
        stop = { reason: delta.delta.stop_reason, sequence: delta.delta.stop_sequence ?? null };
      return stop && !finished ? [finish()] : [{ type: 'usage', usage: currentUsage() }];
    }
    if (type === 'message_stop') {
      done = true;
      return finished ? [{ type: 'end' }] : [finish(), { type: 'end' }];
    }
    if (type === 'error') {
      const error = read(errorEventSchema, json);
      if (!error) return [malformed(type)];
      return [{ type: 'error', ...errorKindOfAnthropicType(error.error.type), message: error.error.message }];
    }
    return [];
  }

  return {
    push(frame) {
      if (done) return [];
      const json = parseJsonSafely(frame.data);
      const type = asRecord(json)?.['type'];
      const events = onFrame(frame, typeof type === 'string' ? type : (frame.event ?? ''), json);
      if (events.some((event) => event.type === 'error')) done = true;
      return events;
    },
    end() {
      if (done) return [];
      done = true;
      return finished ? [{ type: 'end' }] : [CUT_SHORT];
    },
  };
}
