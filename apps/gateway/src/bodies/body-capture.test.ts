import { describe, expect, it } from 'vitest';
import { createBodyCapture } from './body-capture.js';
import { toBodiesRow } from './pending-bodies.js';

const sse = (events: Record<string, unknown>[]) =>
  events.map((event) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const stream = sse([
  { type: 'message_start', message: { id: 'msg_1', model: 'm', usage: { input_tokens: 3, output_tokens: 1 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'héllo ' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'wörld' } },
  { type: 'content_block_stop', index: 0 },
  { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } },
  { type: 'message_stop' },
]);

function pending(parts: (Buffer | string)[], maxBytes: number) {
  const capture = createBodyCapture(maxBytes);
  for (const part of parts) capture.chunk(part);
  return {
    createdAt: new Date(0),
    requestId: 'req_1',
    sessionId: null,
    protocol: 'anthropic' as const,
    request: Buffer.from('{}'),
    requestBytes: 2,
    response: capture.result(),
    streamRequested: true,
    answerContext: { requestedModel: 'claude-x', clientPath: '/v1/messages' },
  };
}

describe('body capture', () => {
  it('keeps a stream split anywhere, Buffers and converter strings alike, and reads it back whole', () => {
    const bytes = Buffer.from(stream);
    // a converter hands over strings: the middle piece (ASCII, inside message_start) comes as one
    const pieces = [bytes.subarray(0, 7), bytes.subarray(7, 60).toString('utf8'), bytes.subarray(60)];
    const row = toBodiesRow(pending(pieces, 1 << 20), 1 << 20);
    expect(row).toMatchObject({ responseStreamed: true, responseAssembled: true, responseTruncated: false });
    expect(row.responseBytes).toBe(bytes.length);
    expect(JSON.parse(row.responseBody ?? '')).toMatchObject({
      model: 'claude-x',
      content: [{ type: 'text', text: 'héllo wörld' }],
      stop_reason: 'end_turn',
    });
  });

  it('stops keeping at the cap, counts what was sent, and marks the answer truncated', () => {
    const capture = createBodyCapture(10);
    capture.chunk(Buffer.from('0123456'));
    capture.chunk('789abc');
    capture.chunk(Buffer.from('def'));
    const result = capture.result();
    expect(Buffer.concat(result.parts).toString()).toBe('0123456789');
    expect(result).toMatchObject({ sentBytes: 16, truncated: true, streamed: true });
  });

  it('keeps a whole answer by reference, and an empty stream piece changes nothing', () => {
    const body = Buffer.from('{"ok":true}');
    const capture = createBodyCapture(1024);
    capture.whole(body);
    expect(capture.result().parts[0]).toBe(body);
    expect(capture.result()).toMatchObject({ sentBytes: body.length, truncated: false, streamed: false });
  });

  it('cuts a reassembled answer longer than the cap and says so', () => {
    const row = toBodiesRow(pending([stream], 1 << 20), 40);
    expect(row.responseTruncated).toBe(true);
    expect(Buffer.byteLength(row.responseBody ?? '')).toBeLessThanOrEqual(40);
  });

  it('reads the raw pieces once: a retried batch gets the same row', () => {
    const item = pending([stream], 1 << 20);
    const first = toBodiesRow(item, 1 << 20);
    expect(item.response).toBeNull();
    expect(toBodiesRow(item, 1 << 20)).toBe(first);
  });
});
