import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { decodeAtEverySplit, KITCHEN_SINK_STREAM } from '../../ir/testing/index.js';
import { createSseParser } from '../../sse/create-sse-parser.js';
import { encryptedContentToIr } from './reasoning-codec.js';
import { createOpenAiResponsesStreamDecoder } from './stream-decoder.js';
import { createOpenAiResponsesStreamEncoder } from './stream-encoder.js';

const context = { requestedModel: 'gpt-5-codex', clientPath: '/v1/responses' };

function encode(events: readonly IrStreamEvent[]): string {
  const encoder = createOpenAiResponsesStreamEncoder(context);
  return events.map((event) => encoder.push(event)).join('') + encoder.end();
}

/** The frames' data, checking that each `event:` names its data's `type` and sequence numbers count from 0. */
function framesOf(text: string): Record<string, unknown>[] {
  return createSseParser()
    .push(new TextEncoder().encode(text))
    .map((frame, i) => {
      const data = JSON.parse(frame.data) as Record<string, unknown>; // the encoder writes JSON objects
      expect(data['type']).toBe(frame.event);
      expect(data['sequence_number']).toBe(i);
      return data;
    });
}

const start: IrStreamEvent = { type: 'start', id: 'msg_01Abc', model: 'claude-sonnet-4-5' };

describe('openai responses stream encoder', () => {
  it('writes the kitchen-sink stream as the Responses event sequence Codex reads', () => {
    const frames = framesOf(encode(KITCHEN_SINK_STREAM));
    expect(frames.map((frame) => frame['type'])).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.reasoning_summary_part.added',
      'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.done',
      'response.reasoning_summary_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const completed = frames.at(-1)?.['response'] as Record<string, unknown>;
    expect(completed).toMatchObject({
      id: 'resp_msg_1',
      model: 'gpt-5-codex', // the model the client asked for
      status: 'completed',
      usage: {
        input_tokens: 1120,
        input_tokens_details: { cached_tokens: 1000 },
        output_tokens: 48,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 1168,
      },
    });
    expect(completed['output']).toEqual([
      { id: 'rs_msg_1_0', type: 'reasoning', summary: [{ type: 'summary_text', text: 'The user wants files.' }] },
      {
        id: 'msg_msg_1_1',
        type: 'message',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Listing now.', annotations: [], logprobs: [] }],
      },
      {
        id: 'fc_msg_1_2',
        type: 'function_call',
        status: 'completed',
        arguments: '{"path":"."}',
        call_id: 'call_ls_1',
        name: 'ls',
      },
      {
        id: 'fc_msg_1_3',
        type: 'function_call',
        status: 'completed',
        arguments: '{"path":"README.md"}',
        call_id: 'call_cat_2',
        name: 'cat',
      },
    ]);
  });

  it('is read back by the decoder as the same IR stream', () => {
    const decoded = decodeAtEverySplit(encode(KITCHEN_SINK_STREAM), createOpenAiResponsesStreamDecoder);
    const expected = KITCHEN_SINK_STREAM.map((event) =>
      event.type === 'start' ? { ...event, id: 'resp_msg_1', model: 'gpt-5-codex' } : event,
    );
    expect(decoded).toEqual(expected);
  });

  it("carries an Anthropic signature as encrypted_content that decodes back to Anthropic's", () => {
    const frames = framesOf(
      encode([
        start,
        { type: 'block_start', index: 0, block: { type: 'thinking' } },
        { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'hmm' } },
        {
          type: 'block_delta',
          index: 0,
          delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EqQB' } },
        },
        { type: 'block_stop', index: 0 },
        { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage: null },
        { type: 'end' },
      ]),
    );
    const done = frames.find((frame) => frame['type'] === 'response.output_item.done');
    const item = done?.['item'] as Record<string, unknown>;
    expect(item['encrypted_content']).toMatch(/^cch\.anthropic\./);
    expect(encryptedContentToIr(String(item['encrypted_content']), String(item['id']))).toEqual({
      signature: { protocol: 'anthropic', value: 'EqQB' },
    });
  });

  it('ends at the token cap with response.incomplete', () => {
    const frames = framesOf(
      encode([
        start,
        { type: 'block_start', index: 0, block: { type: 'text' } },
        { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Partial' } },
        { type: 'finish', stopReason: 'max_tokens', stopSequence: null, usage: null },
        { type: 'end' },
      ]),
    );
    expect(frames.at(-2)).toMatchObject({
      type: 'response.output_item.done',
      item: { content: [{ text: 'Partial' }] },
    });
    expect(frames.at(-1)).toMatchObject({
      type: 'response.incomplete',
      response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } },
    });
  });

  it('writes an upstream error as error and response.failed, and an end without finish as an error', () => {
    const failed = framesOf(
      encode([
        start,
        { type: 'block_start', index: 0, block: { type: 'text' } },
        { type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' },
        { type: 'end' },
      ]),
    );
    expect(failed.slice(-2)).toEqual([
      { type: 'error', sequence_number: 4, code: 'server_is_overloaded', message: 'Overloaded', param: null },
      expect.objectContaining({
        type: 'response.failed',
        response: expect.objectContaining({
          status: 'failed',
          error: { code: 'server_is_overloaded', message: 'Overloaded' },
        }),
      }),
    ]);
    const cut = framesOf(encode([start, { type: 'end' }]));
    expect(cut.at(-1)).toMatchObject({ type: 'response.failed', response: { error: { code: 'server_error' } } });
  });
});
