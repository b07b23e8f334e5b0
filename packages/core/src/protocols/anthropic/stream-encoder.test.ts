import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { decodeAtEverySplit, KITCHEN_SINK_STREAM } from '../../ir/testing/index.js';
import { createSseParser } from '../../sse/create-sse-parser.js';
import { emptyUsage } from '../../usage/usage.js';
import { decodeSignature } from './signature-codec.js';
import { createAnthropicStreamDecoder } from './stream-decoder.js';
import { createAnthropicStreamEncoder } from './stream-encoder.js';

const context = { requestedModel: 'claude-sonnet-4-6', clientPath: '/v1/messages' };

function encode(events: readonly IrStreamEvent[]): string {
  const encoder = createAnthropicStreamEncoder(context);
  return events.map((event) => encoder.push(event)).join('') + encoder.end();
}

/** The frames as `[event, data]`, checking that each `event:` names its data's `type`. */
function framesOf(text: string): [string, Record<string, unknown>][] {
  return createSseParser()
    .push(new TextEncoder().encode(text))
    .map((frame) => {
      const data = JSON.parse(frame.data) as Record<string, unknown>; // the encoder writes JSON objects
      expect(data['type']).toBe(frame.event);
      const { type: _type, ...rest } = data;
      return [String(frame.event), rest];
    });
}

const noUsage = {
  input_tokens: 0,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  output_tokens: 0,
};
const start: IrStreamEvent = { type: 'start', id: 'msg_9', model: 'gpt-5' };
const finish: IrStreamEvent = { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage: null };

describe('anthropic stream encoder', () => {
  it('writes the kitchen-sink stream as the exact Claude event sequence', () => {
    const delta = (index: number, d: Record<string, unknown>) => ['content_block_delta', { index, delta: d }];
    expect(framesOf(encode(KITCHEN_SINK_STREAM))).toEqual([
      [
        'message_start',
        {
          message: {
            id: 'msg_1',
            type: 'message',
            role: 'assistant',
            model: 'claude-sonnet-4-6',
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: noUsage,
          },
        },
      ],
      ['ping', {}],
      ['content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } }],
      delta(0, { type: 'thinking_delta', thinking: 'The user wants files.' }),
      ['content_block_stop', { index: 0 }],
      ['content_block_start', { index: 1, content_block: { type: 'text', text: '' } }],
      delta(1, { type: 'text_delta', text: 'Listing ' }),
      delta(1, { type: 'text_delta', text: 'now.' }),
      ['content_block_stop', { index: 1 }],
      [
        'content_block_start',
        { index: 2, content_block: { type: 'tool_use', id: 'call_ls_1', name: 'ls', input: {} } },
      ],
      delta(2, { type: 'input_json_delta', partial_json: '{"path":' }),
      delta(2, { type: 'input_json_delta', partial_json: '"."}' }),
      ['content_block_stop', { index: 2 }],
      [
        'content_block_start',
        { index: 3, content_block: { type: 'tool_use', id: 'call_cat_2', name: 'cat', input: {} } },
      ],
      delta(3, { type: 'input_json_delta', partial_json: '{"path":"README.md"}' }),
      ['content_block_stop', { index: 3 }],
      [
        'message_delta',
        {
          delta: { stop_reason: 'tool_use', stop_sequence: null },
          usage: { ...noUsage, input_tokens: 120, cache_read_input_tokens: 1000, output_tokens: 48 },
        },
      ],
      ['message_stop', {}],
    ]);
  });

  it('decodes back to the kitchen-sink stream (requested model; message_start usage and ping)', () => {
    const [first, ...rest] = KITCHEN_SINK_STREAM;
    const expected = [{ ...first, model: 'claude-sonnet-4-6', usage: emptyUsage() }, { type: 'keep_alive' }, ...rest];
    expect(decodeAtEverySplit(encode(KITCHEN_SINK_STREAM), createAnthropicStreamDecoder)).toEqual(expected);
  });

  it('puts known input usage in message_start and the final usage in message_delta', () => {
    const usage = { inputTokens: 50, cacheWrite1hTokens: 200 };
    const frames = framesOf(
      encode([
        { ...start, usage },
        { ...finish, usage: { ...emptyUsage(), ...usage, outputTokens: 9 } },
        { type: 'end' },
      ]),
    );
    expect(frames[0]?.[1]).toMatchObject({
      message: {
        usage: {
          input_tokens: 50,
          cache_creation_input_tokens: 200,
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 200 },
        },
      },
    });
    expect(frames[2]).toEqual([
      'message_delta',
      {
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: {
          ...noUsage,
          input_tokens: 50,
          cache_creation_input_tokens: 200,
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 200 },
          output_tokens: 9,
        },
      },
    ]);
  });

  it("carries another protocol's signature through signature_delta, and redacted thinking with its data", () => {
    const foreign = { protocol: 'openai-responses' as const, value: 'gAAAAB-enc', itemId: 'rs_1' };
    const frames = framesOf(
      encode([
        start,
        { type: 'block_start', index: 0, block: { type: 'thinking' } },
        { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'summary' } },
        { type: 'block_delta', index: 0, delta: { type: 'signature', signature: foreign } },
        { type: 'block_stop', index: 0 },
        { type: 'block_start', index: 1, block: { type: 'thinking', redacted: true } },
        {
          type: 'block_delta',
          index: 1,
          delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EmwK' } },
        },
        { type: 'block_stop', index: 1 },
        finish,
        { type: 'end' },
      ]),
    );
    const signature = frames[4]?.[1]['delta'] as { type: string; signature: string }; // the signature_delta frame
    expect(signature.type).toBe('signature_delta');
    expect(decodeSignature(signature.signature)).toEqual(foreign);
    expect(frames[6]).toEqual([
      'content_block_start',
      { index: 1, content_block: { type: 'redacted_thinking', data: 'EmwK' } },
    ]);
  });

  it('numbers interleaved blocks in order of opening and closes open blocks before message_delta', () => {
    const events: IrStreamEvent[] = [
      start,
      { type: 'block_start', index: 0, block: { type: 'tool_call', id: 'a', name: 'ls' } },
      { type: 'block_start', index: 1, block: { type: 'tool_call', id: 'b', name: 'cat' } },
      { type: 'block_delta', index: 1, delta: { type: 'arguments', json: '{"path":"x"}' } },
      { type: 'block_delta', index: 0, delta: { type: 'arguments', json: '{}' } },
      finish, // Gemini says STOP after function calls: still tool_use
      { type: 'end' },
    ];
    const frames = framesOf(encode(events));
    expect(frames.slice(2).map(([type, data]) => [type, data['index']])).toEqual([
      ['content_block_start', 0],
      ['content_block_start', 1],
      ['content_block_delta', 1],
      ['content_block_delta', 0],
      ['content_block_stop', 0],
      ['content_block_stop', 1],
      ['message_delta', undefined],
      ['message_stop', undefined],
    ]);
    expect(frames.at(-2)?.[1]['delta']).toEqual({ stop_reason: 'tool_use', stop_sequence: null });
  });

  it('ends with an error event on an IR error or an end without finish, and writes nothing after it', () => {
    const failed = framesOf(
      encode([
        start,
        { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
        finish,
        { type: 'end' },
      ]),
    );
    expect(failed.slice(2)).toEqual([['error', { error: { type: 'overloaded_error', message: 'Overloaded' } }]]);
    const cut = framesOf(encode([start, { type: 'end' }]));
    expect(cut.at(-1)).toEqual([
      'error',
      { error: { type: 'api_error', message: 'The answer ended before it was complete.' } },
    ]);
  });

  it('owes message_stop at end() when the events stopped after finish, and starts a message if none began', () => {
    const encoder = createAnthropicStreamEncoder(context);
    const written = encoder.push({ type: 'block_start', index: 0, block: { type: 'text' } }) + encoder.push(finish);
    expect(framesOf(written).map(([type]) => type)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'content_block_stop',
      'message_delta',
    ]);
    expect(framesOf(encoder.end())).toEqual([['message_stop', {}]]);
    expect(encoder.end()).toBe('');
    expect(framesOf(encode([start, { type: 'keep_alive' }])).map(([type]) => type)).toEqual([
      'message_start',
      'ping',
      'ping',
    ]);
  });
});
