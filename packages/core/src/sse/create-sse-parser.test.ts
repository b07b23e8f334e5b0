import { describe, expect, it } from 'vitest';
import { createSseParser } from './create-sse-parser.js';
import { encodeSseFrame } from './encode-sse-frame.js';
import type { SseFrame } from './sse-frame.js';

const utf8 = new TextEncoder();

function parseWhole(bytes: Uint8Array): SseFrame[] {
  const parser = createSseParser();
  return [...parser.push(bytes), ...parser.end()];
}

function parseByteByByte(bytes: Uint8Array): SseFrame[] {
  const parser = createSseParser();
  const frames: SseFrame[] = [];
  for (let i = 0; i < bytes.length; i++) frames.push(...parser.push(bytes.subarray(i, i + 1)));
  return [...frames, ...parser.end()];
}

function parseInChunks(bytes: Uint8Array, sizes: readonly number[]): SseFrame[] {
  const parser = createSseParser();
  const frames: SseFrame[] = [];
  let pos = 0;
  for (let i = 0; pos < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    frames.push(...parser.push(bytes.subarray(pos, pos + size)));
    pos += size;
  }
  return [...frames, ...parser.end()];
}

/** Asserts that every way of splitting the input yields the same frames. */
function expectFrames(text: string, expected: SseFrame[]): void {
  const bytes = utf8.encode(text);
  expect(parseWhole(bytes)).toEqual(expected);
  expect(parseByteByByte(bytes)).toEqual(expected);
  expect(parseInChunks(bytes, [2, 3, 5, 7])).toEqual(expected);
  expect(parseInChunks(bytes, [13, 1, 4])).toEqual(expected);
}

const anthropicStream = [
  'event: message_start',
  'data: {"type":"message_start","message":{"id":"msg_1","model":"claude-sonnet-4-5-20250929"}}',
  '',
  'event: ping',
  'data: {"type": "ping"}',
  '',
  'event: content_block_delta',
  'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Grüße 👋 你好"}}',
  '',
].join('\n');

const anthropicFrames: SseFrame[] = [
  {
    event: 'message_start',
    data: '{"type":"message_start","message":{"id":"msg_1","model":"claude-sonnet-4-5-20250929"}}',
  },
  { event: 'ping', data: '{"type": "ping"}' },
  {
    event: 'content_block_delta',
    data: '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Grüße 👋 你好"}}',
  },
];

describe('createSseParser', () => {
  it('parses a realistic stream split byte by byte, including inside multi-byte characters', () => {
    expectFrames(anthropicStream, anthropicFrames);
  });

  it('treats CRLF, CR and LF line endings alike', () => {
    expectFrames(anthropicStream.replaceAll('\n', '\r\n'), anthropicFrames);
    expectFrames(anthropicStream.replaceAll('\n', '\r'), anthropicFrames);
  });

  it('does not read a CRLF split across chunks as two line ends', () => {
    const parser = createSseParser();
    const frames = [
      ...parser.push(utf8.encode('data: a\r')),
      ...parser.push(utf8.encode('\ndata: b\r')),
      ...parser.push(utf8.encode('\n\r')),
      ...parser.push(utf8.encode('\n')),
    ];
    expect(frames).toEqual([{ event: null, data: 'a\nb' }]);
  });

  it('joins multi-line data with LF and keeps the id', () => {
    expectFrames('id: 42\nevent: update\ndata: first\ndata:second\ndata:  third\n\n', [
      { event: 'update', data: 'first\nsecond\n third', id: '42' },
    ]);
  });

  it('ignores comments, retry and unknown fields, and frames without data', () => {
    expectFrames(': keep-alive\n\nretry: 1000\nfoo: bar\n\nevent: lonely\n\ndata: x\n: inside\n\n', [
      { event: null, data: 'x' },
    ]);
  });

  it('emits an empty data field and a field line without colon', () => {
    expectFrames('data:\n\ndata\n\n', [
      { event: null, data: '' },
      { event: null, data: '' },
    ]);
  });

  it('treats an empty event name as the default type', () => {
    expectFrames('event:\ndata: x\n\n', [{ event: null, data: 'x' }]);
  });

  it('flushes an unterminated last frame at end()', () => {
    expectFrames('data: {"a":1}\n\ndata: [DONE]', [
      { event: null, data: '{"a":1}' },
      { event: null, data: '[DONE]' },
    ]);
  });

  it('drops a leading byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode('data: x\n\n')]);
    expect(parseByteByByte(bytes)).toEqual([{ event: null, data: 'x' }]);
  });

  it('returns frames as soon as their blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push(utf8.encode('data: one\n'))).toEqual([]);
    expect(parser.push(utf8.encode('\ndata: tw'))).toEqual([{ event: null, data: 'one' }]);
    expect(parser.push(utf8.encode('o\n\n'))).toEqual([{ event: null, data: 'two' }]);
    expect(parser.end()).toEqual([]);
  });

  it('handles large chunks with many frames', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `data: {"n":${i}}\n\n`).join('');
    const frames = parseInChunks(utf8.encode(text), [4096, 1, 65536]);
    expect(frames).toHaveLength(2000);
    expect(frames[1999]).toEqual({ event: null, data: '{"n":1999}' });
  });
});

describe('encodeSseFrame', () => {
  it('writes event, id and one data line per line', () => {
    expect(encodeSseFrame({ event: 'message_stop', data: '{"type":"message_stop"}' })).toBe(
      'event: message_stop\ndata: {"type":"message_stop"}\n\n',
    );
    expect(encodeSseFrame({ event: null, data: 'a\r\nb\nc', id: '7' })).toBe('id: 7\ndata: a\ndata: b\ndata: c\n\n');
  });

  it('round-trips through the parser', () => {
    const frames: SseFrame[] = [
      ...anthropicFrames,
      { event: null, data: '' },
      { event: 'multi', data: 'line one\nline two\n', id: 'x-1' },
      { event: null, data: ' leading space and : colon' },
    ];
    const wire = frames.map(encodeSseFrame).join('');
    expect(parseByteByByte(utf8.encode(wire))).toEqual(frames);
  });
});
