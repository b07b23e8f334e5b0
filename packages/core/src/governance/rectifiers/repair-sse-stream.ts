import type { ProtocolId } from '../../domain/protocol.js';
import { peekJsonType } from '../../json/peek-json-type.js';
import { createSseParser } from '../../sse/create-sse-parser.js';
import { encodeSseFrame } from '../../sse/encode-sse-frame.js';
import type { SseFrame } from '../../sse/sse-frame.js';

/** A JSON event split over more frames than this is not a split event: pass it on as it came. */
const MAX_CARRY = 256 * 1024;

export interface SseRepair {
  /** Repaired text for the frames this chunk completed ('' while a frame is incomplete). */
  push(chunk: Uint8Array): string;
  /** Flushes the last frame and adds what a clean end owes (Anthropic `message_stop`, Chat `[DONE]`). */
  end(): string;
  /** How many repairs were made so far. */
  repairs(): number;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function eventTypeOf(data: string): string | null {
  const peeked = peekJsonType(data);
  if (peeked !== null) return peeked;
  try {
    const type = (JSON.parse(data) as { type?: unknown }).type;
    return typeof type === 'string' ? type : null;
  } catch {
    return null;
  }
}

/**
 * The response fixer for third-party relays: frames are re-encoded one by one as they complete
 * (LF line ends), a JSON event split across frames is joined again, Anthropic events without an
 * `event:` line get the one their `type` names, and a stream that ends cleanly without its closing
 * event (`message_stop`, `[DONE]`) gets it. Nothing is held back beyond an incomplete frame.
 */
export function createSseRepair(protocol: ProtocolId): SseRepair {
  const parser = createSseParser();
  let carry: SseFrame | null = null;
  let repairs = 0;
  let started = false;
  let stopped = false;
  let done = false;

  function emit(frame: SseFrame): string {
    if (protocol === 'anthropic') {
      const type = frame.event ?? eventTypeOf(frame.data);
      if (frame.event === null && type !== null) {
        repairs++;
        frame = { ...frame, event: type };
      }
      if (type === 'message_start') started = true;
      if (type === 'message_stop') stopped = true;
    }
    if (frame.data.trim() === '[DONE]') done = true;
    return encodeSseFrame(frame);
  }

  function take(frame: SseFrame): string {
    if (carry !== null) {
      const joined = { ...carry, data: carry.data + frame.data };
      if (parses(joined.data)) {
        carry = null;
        repairs++;
        return emit(joined);
      }
      if (joined.data.length <= MAX_CARRY) {
        carry = joined;
        return '';
      }
      carry = null;
      return emit(joined);
    }
    const data = frame.data.trim();
    const jsonLike = data.startsWith('{') || data.startsWith('[');
    if (jsonLike && data !== '[DONE]' && !data.endsWith('}') && !data.endsWith(']') && !parses(data)) {
      carry = frame;
      return '';
    }
    return emit(frame);
  }

  return {
    push(chunk) {
      let out = '';
      for (const frame of parser.push(chunk)) out += take(frame);
      return out;
    },
    end() {
      let out = '';
      for (const frame of parser.end()) out += take(frame);
      if (carry !== null) {
        out += emit(carry);
        carry = null;
      }
      if (protocol === 'anthropic' && started && !stopped) {
        repairs++;
        out += emit({ event: 'message_stop', data: '{"type":"message_stop"}' });
      }
      if (protocol === 'openai-chat' && !done) {
        repairs++;
        out += emit({ event: null, data: '[DONE]' });
      }
      return out;
    },
    repairs: () => repairs,
  };
}
