import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { decodeAtEverySplit, KITCHEN_SINK_STREAM } from '../../ir/testing/index.js';
import { createOpenAiChatStreamDecoder } from './stream-decoder.js';
import { createOpenAiChatStreamEncoder } from './stream-encoder.js';

const context = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/chat/completions' };
const encode = (events: readonly IrStreamEvent[]) => {
  const encoder = createOpenAiChatStreamEncoder(context);
  return events.map((event) => encoder.push(event)).join('') + encoder.end();
};
const chunks = (text: string): Record<string, unknown>[] =>
  text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: {'))
    .map((frame) => JSON.parse(frame.slice(6)) as Record<string, unknown>); // each frame is a JSON chunk

describe('openai chat stream encoder', () => {
  it('writes the kitchen sink as chunks the chat decoder reads back (thinking as reasoning_content)', () => {
    const text = encode(KITCHEN_SINK_STREAM);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    const decoded = decodeAtEverySplit(text, createOpenAiChatStreamDecoder);
    const finish = KITCHEN_SINK_STREAM.find((event) => event.type === 'finish');
    expect(decoded).toEqual([
      { type: 'start', id: 'msg_1', model: 'claude-sonnet-4-6' },
      ...KITCHEN_SINK_STREAM.filter(
        (event) => event.type !== 'start' && event.type !== 'finish' && event.type !== 'end',
      ),
      { type: 'usage', usage: finish?.type === 'finish' ? finish.usage : null },
      finish,
      { type: 'end' },
    ]);
  });

  it('counts tool-call indexes over the calls, id and name in the first piece, usage in chat shape', () => {
    const written = chunks(encode(KITCHEN_SINK_STREAM));
    const deltas = written.map((chunk) => (chunk['choices'] as { delta?: unknown }[])[0]?.delta);
    expect(deltas).toContainEqual({
      tool_calls: [{ index: 0, id: 'call_ls_1', type: 'function', function: { name: 'ls', arguments: '' } }],
    });
    expect(deltas).toContainEqual({ tool_calls: [{ index: 1, function: { arguments: '{"path":"README.md"}' } }] });
    expect(written.every((chunk) => chunk['model'] === 'claude-sonnet-4-6')).toBe(true);
    expect(written.at(-2)).toMatchObject({ choices: [{ delta: {}, finish_reason: 'tool_calls' }] });
    expect(written.at(-1)).toMatchObject({
      choices: [],
      usage: {
        prompt_tokens: 1120,
        completion_tokens: 48,
        total_tokens: 1168,
        prompt_tokens_details: { cached_tokens: 1000 },
      },
    });
  });

  it('separates two text blocks by a blank line and drops signatures', () => {
    const text = encode([
      { type: 'start', id: 'msg_2', model: 'claude-x' },
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'One.' } },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'thinking' } },
      {
        type: 'block_delta',
        index: 1,
        delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'SIGNATURE' } },
      },
      { type: 'block_stop', index: 1 },
      { type: 'block_start', index: 2, block: { type: 'text' } },
      { type: 'block_delta', index: 2, delta: { type: 'text', text: 'Two.' } },
      { type: 'block_stop', index: 2 },
      { type: 'finish', stopReason: 'refusal', stopSequence: null, usage: null },
      { type: 'end' },
    ]);
    expect(text).not.toContain('SIGNATURE');
    const contents = chunks(text).map(
      (chunk) => (chunk['choices'] as { delta?: { content?: string } }[])[0]?.delta?.content,
    );
    expect(contents.filter((content) => content !== undefined).join('')).toBe('One.\n\nTwo.');
    expect(chunks(text).at(-2)).toMatchObject({ choices: [{ finish_reason: 'content_filter' }] });
  });

  it('writes an upstream error as an error chunk, and an end without a finish as one too', () => {
    const failed = encode([
      { type: 'start', id: 'msg_e', model: 'claude-x' },
      { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
      { type: 'end' },
    ]);
    expect(chunks(failed).at(-1)).toEqual({
      error: { message: 'Overloaded', type: 'server_error', code: null, param: null },
    });
    expect(failed).not.toContain('[DONE]');
    const cut = encode([{ type: 'start', id: 'msg_c', model: 'claude-x' }, { type: 'end' }]);
    expect(chunks(cut).at(-1)).toMatchObject({ error: { type: 'server_error' } });
  });
});
