import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { KITCHEN_SINK_STREAM } from '../../ir/testing/index.js';
import { createSseParser } from '../../sse/create-sse-parser.js';
import { createGeminiStreamDecoder } from './stream-decoder.js';
import { createGeminiStreamEncoder } from './stream-encoder.js';

const SSE_PATH = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';
const ARRAY_PATH = '/v1beta/models/gemini-2.5-flash:streamGenerateContent';

function encode(events: readonly IrStreamEvent[], clientPath = SSE_PATH): string {
  const encoder = createGeminiStreamEncoder({ requestedModel: 'gemini-2.5-flash', clientPath });
  return events.map((event) => encoder.push(event)).join('') + encoder.end();
}

function chunksOf(text: string): Record<string, unknown>[] {
  const frames = createSseParser().push(new TextEncoder().encode(text));
  return frames.map((frame) => JSON.parse(frame.data) as Record<string, unknown>); // our own JSON
}

describe('gemini stream encoder', () => {
  it('writes the kitchen sink as SSE chunks: thoughts, text, whole calls, then finish with usage', () => {
    const chunks = chunksOf(encode(KITCHEN_SINK_STREAM));
    const parts = chunks.map((chunk) => (chunk['candidates'] as { content: { parts: unknown[] } }[])[0]?.content.parts);
    expect(parts).toEqual([
      [{ text: 'The user wants files.', thought: true }],
      [{ text: 'Listing ' }],
      [{ text: 'now.' }],
      [{ functionCall: { id: 'call_ls_1', name: 'ls', args: { path: '.' } } }],
      [{ functionCall: { id: 'call_cat_2', name: 'cat', args: { path: 'README.md' } } }],
      [],
    ]);
    expect(chunks.at(-1)).toMatchObject({
      candidates: [{ finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: 1120, cachedContentTokenCount: 1000, candidatesTokenCount: 48 },
      modelVersion: 'gemini-2.5-flash',
      responseId: 'msg_1',
    });
  });

  it('writes one JSON array when the client did not ask for alt=sse', () => {
    const text = encode(KITCHEN_SINK_STREAM, ARRAY_PATH);
    expect(text.startsWith('[{')).toBe(true);
    expect(text.endsWith(']')).toBe(true);
    const array = JSON.parse(text) as unknown[]; // the whole answer is one JSON document
    expect(array).toHaveLength(6);
    const finishOnly: IrStreamEvent[] = [
      { type: 'start', id: 'x', model: 'm' },
      { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage: null },
      { type: 'end' },
    ];
    expect(JSON.parse(encode(finishOnly, ARRAY_PATH))).toHaveLength(1);
  });

  it('puts a Gemini signature on the next part and never writes an Anthropic one', () => {
    const chunks = chunksOf(
      encode([
        { type: 'start', id: 'r', model: 'm' },
        { type: 'block_start', index: 0, block: { type: 'thinking' } },
        {
          type: 'block_delta',
          index: 0,
          delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EqQB' } },
        },
        { type: 'block_stop', index: 0 },
        { type: 'block_start', index: 1, block: { type: 'thinking' } },
        { type: 'block_delta', index: 1, delta: { type: 'signature', signature: { protocol: 'gemini', value: 'G' } } },
        { type: 'block_stop', index: 1 },
        { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'c', name: 'ls' } },
        { type: 'block_stop', index: 2 },
        { type: 'finish', stopReason: 'tool_use', stopSequence: null, usage: null },
        { type: 'end' },
      ]),
    );
    expect(JSON.stringify(chunks)).not.toContain('EqQB');
    expect(chunks[0]).toMatchObject({
      candidates: [
        { content: { parts: [{ functionCall: { id: 'c', name: 'ls', args: {} }, thoughtSignature: 'G' }] } },
      ],
    });
  });

  it('writes an upstream error as a bare {error} tail (SSE) or the last element (array) and ends there', () => {
    const events: IrStreamEvent[] = [
      { type: 'start', id: 'r', model: 'm' },
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Half' } },
      { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
      { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage: null },
    ];
    // SSE: a bare object after the last frame, as the Gemini API path ends a failed stream
    const sse = encode(events);
    expect(chunksOf(sse).at(-1)).toMatchObject({ candidates: [{ content: { parts: [{ text: 'Half' }] } }] });
    expect(sse).toMatch(/\r\n\r\n\{"error":\{"code":529,"message":"Overloaded","status":"UNAVAILABLE"\}\}$/);
    const array = JSON.parse(encode(events, ARRAY_PATH)) as unknown[]; // closed JSON array
    expect(array.at(-1)).toEqual({ error: { code: 529, message: 'Overloaded', status: 'UNAVAILABLE' } });
  });

  it('reports an end without a finish as an error, never a quiet STOP', () => {
    const text = encode([{ type: 'start', id: 'r', model: 'm' }, { type: 'end' }]);
    expect(JSON.parse(text)).toEqual({ error: { code: 502, message: expect.any(String), status: 'INTERNAL' } });
  });

  it('is read back by the decoder as the same stream (call arguments in one piece)', () => {
    const decoder = createGeminiStreamDecoder();
    const frames = createSseParser().push(new TextEncoder().encode(encode(KITCHEN_SINK_STREAM)));
    const events = [...frames.flatMap((frame) => decoder.push(frame)), ...decoder.end()];
    const expected = KITCHEN_SINK_STREAM.flatMap((event): IrStreamEvent[] => {
      if (event.type === 'start') return [];
      if (event.type !== 'block_delta' || event.index !== 2) return [event];
      return event.delta.type === 'arguments' && event.delta.json === '"."}'
        ? [{ ...event, delta: { type: 'arguments', json: '{"path":"."}' } }]
        : [];
    });
    expect(events.filter((event) => event.type !== 'start')).toEqual(expected);
  });
});
