import { createSseParser } from '../../sse/create-sse-parser.js';
import type { IrStreamEvent } from '../ir-stream.js';
import type { StreamDecoder } from '../translator.js';

/** Test support: decodes a whole SSE text, fed in chunks of `size` bytes (1 = byte by byte). */
export function decodeInChunks(text: string, createDecoder: () => StreamDecoder, size: number): IrStreamEvent[] {
  const bytes = new TextEncoder().encode(text);
  const parser = createSseParser();
  const decoder = createDecoder();
  const events: IrStreamEvent[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    for (const frame of parser.push(bytes.subarray(i, i + size))) events.push(...decoder.push(frame));
  }
  for (const frame of parser.end()) events.push(...decoder.push(frame));
  events.push(...decoder.end());
  return events;
}

/**
 * Test support: the events of `text` decoded whole, and the proof that every split of the bytes
 * (each byte boundary, and odd chunk sizes) gives exactly the same events.
 */
export function decodeAtEverySplit(text: string, createDecoder: () => StreamDecoder): IrStreamEvent[] {
  const whole = decodeInChunks(text, createDecoder, Number.MAX_SAFE_INTEGER);
  const expected = JSON.stringify(whole);
  for (const size of [1, 2, 3, 7, 61]) {
    const split = JSON.stringify(decodeInChunks(text, createDecoder, size));
    if (split !== expected) throw new Error(`chunks of ${size} bytes decode differently:\n${split}\n!=\n${expected}`);
  }
  const bytes = new TextEncoder().encode(text);
  for (let cut = 1; cut < bytes.length; cut++) {
    const parser = createSseParser();
    const decoder = createDecoder();
    const events: IrStreamEvent[] = [];
    for (const part of [bytes.subarray(0, cut), bytes.subarray(cut)]) {
      for (const frame of parser.push(part)) events.push(...decoder.push(frame));
    }
    for (const frame of parser.end()) events.push(...decoder.push(frame));
    events.push(...decoder.end());
    if (JSON.stringify(events) !== expected) throw new Error(`a split at byte ${cut} decodes differently`);
  }
  return whole;
}
