import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAtEverySplit } from '../../ir/testing/index.js';
import { createOpenAiChatStreamDecoder } from './stream-decoder.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const decode = (text: string) => decodeAtEverySplit(text, createOpenAiChatStreamDecoder);
const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4.1' };
const chunk = (delta: Record<string, unknown> | null, finish: string | null = null) =>
  `data: ${JSON.stringify({ ...base, choices: delta ? [{ index: 0, delta, finish_reason: finish }] : [] })}\n\n`;
const usageChunk = (usage: Record<string, unknown>) => `data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`;
const DONE = 'data: [DONE]\n\n';
const usage = (fields: Partial<Record<string, number>>) => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  reasoningTokens: 0,
  ...fields,
});

describe('openai chat stream decoder', () => {
  it('decodes reasoning, text and parallel tool calls in pieces the same at every split, with the usage chunk', () => {
    const turn = usage({ inputTokens: 2100, outputTokens: 187, cacheReadTokens: 30_000, reasoningTokens: 40 });
    expect(decode(fixture('convert/stream-tools.sse'))).toEqual([
      { type: 'start', id: 'chatcmpl-Tools1', model: 'deepseek-reasoner' },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'Two files: list, ' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'then read — both at once.' } },
      { type: 'block_stop', index: 0 },
      { type: 'block_start', index: 1, block: { type: 'text' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'Looking at both ' } },
      { type: 'block_delta', index: 1, delta: { type: 'text', text: 'files ✅' } },
      { type: 'block_stop', index: 1 },
      { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'call_Ls', name: 'Bash' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"command": ' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '"ls -la"}' } },
      { type: 'block_stop', index: 2 },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call_Rd', name: 'Read' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"file_path":' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '"/repo/README.md"}' } },
      { type: 'block_stop', index: 3 },
      { type: 'usage', usage: turn },
      { type: 'finish', stopReason: 'tool_use', stopSequence: null, usage: turn },
      { type: 'end' },
    ]);
  });

  it('decodes the recorded usage fixture: cached tokens are cache reads, not fresh input', () => {
    const events = decode(fixture('stream.sse'));
    expect(events.at(-2)).toEqual({
      type: 'finish',
      stopReason: 'end_turn',
      stopSequence: null,
      usage: usage({ inputTokens: 86, outputTokens: 300, cacheReadTokens: 1920 }),
    });
    expect(events.filter((e) => e.type === 'block_delta').length).toBe(2);
  });

  it('reads several complete calls in one chunk, calls without index (matched by id), `reasoning` text', () => {
    const events = decode(
      chunk({ reasoning: 'think' }) +
        chunk({
          tool_calls: [
            { index: 0, id: 'call_a', type: 'function', function: { name: 'ls', arguments: '{}' } },
            { index: 1, id: 'call_b', type: 'function', function: { name: 'cat', arguments: '{"p":1}' } },
          ],
        }) +
        chunk({ tool_calls: [{ id: 'call_c', type: 'function', function: { name: 'pwd', arguments: '{"x"' } }] }) +
        chunk({ tool_calls: [{ function: { arguments: ':2}' } }] }) +
        chunk({}, 'stop') +
        DONE,
    );
    expect(events.filter((e) => e.type !== 'block_stop')).toEqual([
      { type: 'start', id: 'chatcmpl-1', model: 'gpt-4.1' },
      { type: 'block_start', index: 0, block: { type: 'thinking' } },
      { type: 'block_delta', index: 0, delta: { type: 'thinking', text: 'think' } },
      { type: 'block_start', index: 1, block: { type: 'tool_call', id: 'call_a', name: 'ls' } },
      { type: 'block_delta', index: 1, delta: { type: 'arguments', json: '{}' } },
      { type: 'block_start', index: 2, block: { type: 'tool_call', id: 'call_b', name: 'cat' } },
      { type: 'block_delta', index: 2, delta: { type: 'arguments', json: '{"p":1}' } },
      { type: 'block_start', index: 3, block: { type: 'tool_call', id: 'call_c', name: 'pwd' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: '{"x"' } },
      { type: 'block_delta', index: 3, delta: { type: 'arguments', json: ':2}' } },
      // `stop` next to tool calls stays end_turn here; the encoders report tool use for it.
      { type: 'finish', stopReason: 'end_turn', stopSequence: null, usage: null },
      { type: 'end' },
    ]);
  });

  it('maps length, content_filter and a refusal', () => {
    const finish = (reason: string) => decode(chunk({ content: 'x' }, reason) + DONE).at(-2);
    expect(finish('length')).toMatchObject({ stopReason: 'max_tokens' });
    expect(finish('content_filter')).toMatchObject({ stopReason: 'content_filter' });
    const refusal = decode(chunk({ refusal: 'No.' }, 'stop') + DONE);
    expect(refusal.slice(1, 3)).toEqual([
      { type: 'block_start', index: 0, block: { type: 'refusal' } },
      { type: 'block_delta', index: 0, delta: { type: 'text', text: 'No.' } },
    ]);
  });

  it('turns an error chunk into an error event and stops there', () => {
    const error = { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } };
    const events = decode(`${chunk({ content: 'Half' })}data: ${JSON.stringify(error)}\n\n${chunk({ content: 'x' })}`);
    expect(events.at(-1)).toEqual({ type: 'error', status: 429, kind: 'rate_limit', message: 'Rate limit reached' });
    expect(events.filter((e) => e.type === 'error')).toHaveLength(1);
    const overloaded = decode(`data: ${JSON.stringify({ error: { message: 'busy', type: 'server_error' } })}\n\n`);
    expect(overloaded).toEqual([{ type: 'error', status: 500, kind: 'api_error', message: 'busy' }]);
  });

  it('reports a stream cut before its finish_reason as an error, never an empty success', () => {
    expect(decode(chunk({ content: 'Half' })).at(-1)).toMatchObject({ type: 'error', status: 502 });
    expect(decode('')).toEqual([expect.objectContaining({ type: 'error' })]);
    // A finish_reason without [DONE] (some providers) still finishes.
    expect(
      decode(chunk({ content: 'x' }, 'stop') + usageChunk({ prompt_tokens: 5, completion_tokens: 1 })).at(-2),
    ).toMatchObject({ type: 'finish', usage: usage({ inputTokens: 5, outputTokens: 1 }) });
  });

  it('reports malformed chunks and interleaved call arguments as errors', () => {
    expect(decode('data: {"choices": 5}\n\n')).toEqual([expect.objectContaining({ type: 'error', status: 502 })]);
    const interleaved = decode(
      chunk({ tool_calls: [{ index: 0, id: 'a', function: { name: 'x', arguments: '{' } }] }) +
        chunk({ tool_calls: [{ index: 1, id: 'b', function: { name: 'y', arguments: '{}' } }] }) +
        chunk({ tool_calls: [{ index: 0, function: { arguments: '}' } }] }),
    );
    expect(interleaved.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/interleaved/) });
  });
});
