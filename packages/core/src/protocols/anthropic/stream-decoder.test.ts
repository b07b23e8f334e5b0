import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IrStreamEvent } from '../../ir/ir-stream.js';
import { decodeAtEverySplit } from '../../ir/testing/index.js';
import { createAnthropicStreamDecoder } from './stream-decoder.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const decode = (text: string) => decodeAtEverySplit(text, createAnthropicStreamDecoder);
const sse = (events: Record<string, unknown>[]) =>
  events.map((event) => `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const messageStart = {
  type: 'message_start',
  message: { id: 'msg_1', model: 'claude-haiku-4-5', usage: { input_tokens: 10, output_tokens: 1 } },
};
const usage = (fields: Partial<Record<string, number>>) => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: 0,
  ...fields,
});

describe('anthropic stream decoder', () => {
  it('decodes thinking, text and parallel tool calls the same at every split, usage merged', () => {
    const turn = usage({
      inputTokens: 2100,
      outputTokens: 187,
      cacheReadTokens: 30_000,
      cacheWrite5mTokens: 500,
      cacheWrite1hTokens: 1000,
    });
    expect(decode(fixture('convert/stream-tools.sse'))).toEqual([
      { type: 'start', id: 'msg_01TooLs', model: 'claude-sonnet-4-5-20250929', usage: { ...turn, outputTokens: 3 } },
      { type: 'keep_alive' },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'Two files: list, ' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'then read — both at once.' } },
      {
        type: 'block_delta',
        index: 0,
        delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'ErUBCkYIBxgCIkB0c2lnbmF0dXJl' } },
      },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'text' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'Looking at both ' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'files ✅' } },
      { type: 'block_stop', index: 1 },
      { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'toolu_01Ls', name: 'Bash' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"command": ' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '"ls -la"}' } },
      { type: 'block_stop', index: 2 },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'toolu_01Rd', name: 'Read' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"file_path":"/repo/README.md"}' } },
      { type: 'block_stop', index: 3 },
      { type: 'block_start', index: 4, block: { type: 'tool_call', id: 'toolu_01Nw', name: 'Now' } },
      { type: 'block_delta', index: 4, delta: { type: 'arguments', json: '{}' } }, // no input streamed
      { type: 'block_stop', index: 4 },
      { type: 'finish', stopReason: 'tool_use', stopSequence: null, usage: turn },
      { type: 'end' },
    ]);
  });

  it('decodes the recorded usage fixture stream at every split', () => {
    const events = decode(fixture('stream.sse'));
    expect(events.at(-2)).toMatchObject({ type: 'finish', stopReason: 'end_turn', usage: { outputTokens: 800 } });
    expect(events.filter((e) => e.type === 'block_delta' && e.delta.type === 'text').length).toBe(2);
  });

  it('reads redacted thinking as a redacted block whose data is the signature', () => {
    const events = decode(
      sse([
        messageStart,
        { type: 'content_block_start', index: 0, content_block: { type: 'redacted_thinking', data: 'EmwKAhgB' } },
        { type: 'content_block_stop', index: 0 },
        { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 5 } },
        { type: 'message_stop' },
      ]),
    );
    expect(events.slice(1, 4)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'thinking', redacted: true } },
      {
        type: 'block_delta',
        index: 0,
        delta: { type: 'signature', signature: { protocol: 'anthropic', value: 'EmwKAhgB' } },
      },
      { type: 'block_stop', index: 0 },
    ]);
  });

  it('turns an error event into an IR error with its kind and status, and stops there', () => {
    const events = decode(
      sse([
        messageStart,
        { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
        { type: 'message_stop' },
      ]),
    );
    expect(events.slice(1)).toEqual([{ type: 'error', status: 529, kind: 'overloaded', message: 'Overloaded' }]);
  });

  it('reports a stream cut before message_stop as an error, never as a finished answer', () => {
    const cut = sse([
      messageStart,
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hal' } },
    ]);
    expect(decode(cut).at(-1)).toMatchObject({ type: 'error', status: 502, kind: 'api_error' });
  });

  it('finishes at message_stop when a relay never sends a stop reason, and keeps usage-only deltas as usage', () => {
    const events: IrStreamEvent[] = decode(
      sse([messageStart, { type: 'message_delta', delta: {}, usage: { output_tokens: 7 } }, { type: 'message_stop' }]),
    );
    expect(events.slice(1)).toEqual([
      { type: 'usage', usage: usage({ inputTokens: 10, outputTokens: 7 }) },
      {
        type: 'finish',
        stopReason: 'end_turn',
        stopSequence: null,
        usage: usage({ inputTokens: 10, outputTokens: 7 }),
      },
      { type: 'end' },
    ]);
  });

  it('skips blocks the IR does not carry with their deltas, keeping IR indexes dense', () => {
    const events = decode(
      sse([
        messageStart,
        {
          type: 'content_block_start',
          index: 0,
          content_block: { type: 'server_tool_use', id: 's', name: 'web_search', input: {} },
        },
        { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"q":1}' } },
        { type: 'content_block_stop', index: 0 },
        { type: 'content_block_start', index: 1, content_block: { type: 'text', text: 'Hi' } },
        { type: 'content_block_delta', index: 1, delta: { type: 'citations_delta', citation: {} } },
        { type: 'content_block_stop', index: 1 },
        { type: 'message_delta', delta: { stop_reason: 'max_tokens' }, usage: { output_tokens: 2 } },
        { type: 'message_stop' },
      ]),
    );
    expect(events.slice(1, 4)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'text' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'Hi' } },
      { type: 'block_stop', index: 0 },
    ]);
    expect(events[4]).toMatchObject({ type: 'finish', stopReason: 'max_tokens' });
  });

  it('reports a malformed event as an error', () => {
    const events = decode(sse([messageStart, { type: 'content_block_delta', index: 'x' }]));
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      message: 'The provider sent a malformed content_block_delta event.',
    });
  });
});
