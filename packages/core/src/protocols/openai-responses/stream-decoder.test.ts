import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAtEverySplit } from '../../ir/testing/index.js';
import { createOpenAiResponsesStreamDecoder } from './stream-decoder.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const decode = (text: string) => decodeAtEverySplit(text, createOpenAiResponsesStreamDecoder);
const sse = (events: Record<string, unknown>[]) =>
  events
    .map((event, i) => `event: ${String(event['type'])}\ndata: ${JSON.stringify({ ...event, sequence_number: i })}\n\n`)
    .join('');

const created = { type: 'response.created', response: { id: 'resp_1', model: 'gpt-5-codex', status: 'in_progress' } };
const usage = (fields: Partial<Record<string, number>>) => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: 0,
  ...fields,
});

describe('openai responses stream decoder', () => {
  it('decodes reasoning summaries, text and parallel function calls the same at every split', () => {
    expect(decode(fixture('convert/stream-tools.sse'))).toEqual([
      { type: 'start', id: 'resp_abc', model: 'gpt-5-codex' },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: '**Listing** ' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'files ✅' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: '\n\n' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'Then reading.' } },
      {
        type: 'block_delta',
        index: 0,
        delta: { type: 'signature', signature: { protocol: 'openai-responses', value: 'gAAAAABenc', itemId: 'rs_1' } },
      },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'text' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'Let me ' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'look.' } },
      { type: 'block_stop', index: 1 },
      { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'call_ls', name: 'exec_command' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"cmd":' } },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call_cat', name: 'exec_command' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '"ls"}' } },
      { type: 'block_stop', index: 2 },
      // Arguments that only came whole, in function_call_arguments.done.
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"cmd":"cat README.md"}' } },
      { type: 'block_stop', index: 3 },
      {
        type: 'finish',
        stopReason: 'tool_use',
        stopSequence: null,
        usage: usage({ inputTokens: 904, cacheReadTokens: 4096, outputTokens: 300, reasoningTokens: 120 }),
      },
      { type: 'end' },
    ]);
  });

  it("decodes Codex's recorded stream (deltas without content_part events) at every split", () => {
    const events = decode(fixture('stream.sse'));
    expect(events.filter((e) => e.type === 'block_delta' && e.delta.type === 'text')).toHaveLength(2);
    expect(events.at(-2)).toMatchObject({
      type: 'finish',
      stopReason: 'end_turn',
      usage: { inputTokens: 2294, cacheReadTokens: 22_016, outputTokens: 1830, reasoningTokens: 1472 },
    });
    // The reasoning item without a summary still carries its encrypted content.
    expect(events[2]).toEqual({
      type: 'block_delta',
      index: 0,
      delta: { type: 'signature', signature: expect.objectContaining({ protocol: 'openai-responses' }) },
    });
  });

  it('maps an incomplete answer to max_tokens and a refusal to a refusal block', () => {
    const events = decode(
      sse([
        created,
        {
          type: 'response.content_part.added',
          output_index: 0,
          content_index: 0,
          part: { type: 'refusal', refusal: '' },
        },
        { type: 'response.refusal.delta', output_index: 0, content_index: 0, delta: 'I cannot.' },
        { type: 'response.content_part.done', output_index: 0, content_index: 0, part: { type: 'refusal' } },
        {
          type: 'response.incomplete',
          response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: null },
        },
      ]),
    );
    expect(events.slice(1)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'refusal' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'I cannot.' } },
      { type: 'block_stop', index: 0 },
      { type: 'finish', stopReason: 'max_tokens', stopSequence: null, usage: usage({}) },
      { type: 'end' },
    ]);
  });

  it('turns response.failed and error events into IR errors, never a quiet success', () => {
    const failed = decode(
      sse([
        created,
        { type: 'response.output_text.delta', output_index: 0, content_index: 0, delta: 'Hel' },
        {
          type: 'response.failed',
          response: { status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Slow down.' } },
        },
      ]),
    );
    expect(failed.at(-1)).toEqual({ type: 'error', status: 429, kind: 'rate_limit', message: 'Slow down.' });
    const error = decode(sse([{ type: 'error', code: 'server_error', message: 'Boom', param: null }]));
    expect(error).toEqual([{ type: 'error', status: 500, kind: 'api_error', message: 'Boom' }]);
    const cut = decode(sse([created, { type: 'response.output_text.delta', output_index: 0, delta: 'Hel' }]));
    expect(cut.at(-1)).toMatchObject({ type: 'error', kind: 'api_error', message: expect.stringContaining('ended') });
  });

  it('reads a message that arrives only as a finished item', () => {
    const item = {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      content: [{ type: 'output_text', text: 'Whole.', annotations: [] }],
    };
    const events = decode(
      sse([
        created,
        { type: 'response.output_item.done', output_index: 0, item },
        { type: 'response.completed', response: { status: 'completed', usage: null } },
      ]),
    );
    expect(events.slice(1, 4)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Whole.' } },
      { type: 'block_stop', index: 0 },
    ]);
  });
});
