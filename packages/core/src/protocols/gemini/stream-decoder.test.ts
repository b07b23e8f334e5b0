import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAtEverySplit } from '../../ir/testing/index.js';
import { answerCallId } from './answer-call-id.js';
import { createGeminiStreamDecoder } from './stream-decoder.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const decode = (text: string) => decodeAtEverySplit(text, () => createGeminiStreamDecoder());
const sse = (chunks: Record<string, unknown>[]) =>
  chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\r\n\r\n`).join('');
const textChunk = (text: string, extra: Record<string, unknown> = {}) => ({
  candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0, ...extra }],
  modelVersion: 'gemini-2.5-flash',
  responseId: 'r1',
});
const usage = (fields: Record<string, number>) => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: 0,
  ...fields,
});

describe('gemini stream decoder', () => {
  it('decodes thoughts, signed text and two calls the same at every split; STOP with calls is tool_use', () => {
    expect(decode(fixture('convert/stream-tools.sse'))).toEqual([
      {
        type: 'start',
        id: 'resp-Tools1',
        model: 'gemini-2.5-pro',
        usage: { inputTokens: 200, cacheReadTokens: 1000 },
      },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'The user wants files: ' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'list, then read ✅' } },
      {
        type: 'block_delta',
        index: 0,
        delta: { type: 'signature', signature: { protocol: 'gemini', value: 'CiQBsig1==' } },
      },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'text' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'Listing ' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'now.' } },
      { type: 'block_stop', index: 1 },
      {
        type: 'block_start',
        index: 2,
        block: { type: 'tool_call', id: answerCallId('resp-Tools1', 'ls', '{"path":"."}', 0), name: 'ls' },
      },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"path":"."}' } },
      { type: 'block_stop', index: 2 },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call-given', name: 'cat' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"path":"README.md"}' } },
      { type: 'block_stop', index: 3 },
      {
        type: 'finish',
        stopReason: 'tool_use',
        stopSequence: null,
        usage: usage({ inputTokens: 200, outputTokens: 48, cacheReadTokens: 1000, reasoningTokens: 8 }),
      },
      { type: 'end' },
    ]);
  });

  it('reads the recorded Gemini stream (CRLF framed) with its usage', () => {
    const events = decode(fixture('stream.sse'));
    expect(events.at(-2)).toMatchObject({
      type: 'finish',
      stopReason: 'end_turn',
      usage: { inputTokens: 2500, outputTokens: 2392, cacheReadTokens: 16_000, reasoningTokens: 1752 },
    });
    expect(events.at(-1)).toEqual({ type: 'end' });
  });

  it('puts a signature on an empty text part after the text into its own thinking block', () => {
    const events = decode(
      sse([
        textChunk('Hello'),
        { candidates: [{ content: { parts: [{ text: '', thoughtSignature: 'S' }] }, finishReason: 'MAX_TOKENS' }] },
      ]),
    );
    expect(events.slice(1, -2)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Hello' } },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'thinking' } },
      { type: 'block_delta', index: 1, delta: { type: 'signature', signature: { protocol: 'gemini', value: 'S' } } },
      { type: 'block_stop', index: 1 },
    ]);
    expect(events.at(-2)).toMatchObject({ type: 'finish', stopReason: 'max_tokens' });
  });

  it('turns an error chunk into an error event of its kind, never a quiet end', () => {
    const error = { error: { code: 429, message: 'Resource exhausted', status: 'RESOURCE_EXHAUSTED' } };
    const events = decode(sse([textChunk('Half'), error]));
    expect(events.at(-1)).toEqual({ type: 'error', status: 429, kind: 'rate_limit', message: 'Resource exhausted' });
    expect(events.some((event) => event.type === 'finish' || event.type === 'end')).toBe(false);
  });

  it('reports a stream cut before its finishReason as an error', () => {
    const events = decode(sse([textChunk('Half')]));
    expect(events.at(-1)).toMatchObject({ type: 'error', status: 502, kind: 'api_error' });
    expect(events.at(-2)).toEqual({ type: 'block_stop', index: 0 });
  });

  it('reads a blocked prompt as a filtered finish', () => {
    const events = decode(sse([{ promptFeedback: { blockReason: 'PROHIBITED_CONTENT' }, responseId: 'r9' }]));
    expect(events).toMatchObject([
      { type: 'start', id: 'r9' },
      { type: 'finish', stopReason: 'content_filter' },
      { type: 'end' },
    ]);
  });

  it('unwraps Code Assist chunks when given the unwrapper', () => {
    const wrapped = sse([{ response: textChunk('hi', { finishReason: 'STOP' }), traceId: 't' }]);
    const events = decodeAtEverySplit(wrapped, () =>
      createGeminiStreamDecoder((json) => (json['response'] as Record<string, unknown>) ?? json),
    );
    expect(events.map((event) => event.type)).toEqual([
      'start',
      'block_start',
      'block_delta',
      'block_stop',
      'finish',
      'end',
    ]);
  });
});
