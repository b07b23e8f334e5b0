import { afterEach, describe, expect, it, vi } from 'vitest';
import { anthropicUsage } from './usage.js';
import { readFixtureJson, sseBytes, tapFixture, tapInChunks } from '../../usage/run-usage-fixture.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

const claudeCodeTurn = {
  inputTokens: 1200,
  outputTokens: 800,
  cacheReadTokens: 45_000,
  cacheWrite5mTokens: 3000,
  cacheWrite1hTokens: 2000,
  reasoningTokens: 0,
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('anthropic usage', () => {
  it('reads a Messages JSON body with the 5m/1h cache-write breakdown', () => {
    expect(anthropicUsage.readJson(readFixtureJson(fixture('message.json')))).toEqual({
      usage: claudeCodeTurn,
      model: 'claude-sonnet-4-5-20250929',
    });
    expect(tapFixture(anthropicUsage, 'json', fixture('message.json')).usage).toEqual(claudeCodeTurn);
  });

  it('reads a stream: message_start (input + cache) merged with cumulative message_delta', () => {
    expect(tapFixture(anthropicUsage, 'sse', fixture('stream.sse'))).toEqual({
      usage: claudeCodeTurn,
      model: 'claude-sonnet-4-5-20250929',
    });
  });

  it('parses only message_start and message_delta frames', () => {
    const parse = vi.spyOn(JSON, 'parse');
    tapFixture(anthropicUsage, 'sse', fixture('stream.sse'));
    // 4 runs of the fixture (whole + 3 chunkings), 2 frames each
    expect(parse).toHaveBeenCalledTimes(8);
  });

  it('counts all cache creation as 5m when the breakdown is absent', () => {
    expect(tapFixture(anthropicUsage, 'sse', fixture('stream-legacy.sse'))).toEqual({
      usage: {
        inputTokens: 472,
        outputTokens: 15,
        cacheReadTokens: 0,
        cacheWrite5mTokens: 2048,
        cacheWrite1hTokens: 0,
        reasoningTokens: 0,
      },
      model: 'claude-3-5-haiku-20241022',
    });
  });

  it('takes the latest non-zero values when a relay reports input only in message_delta', () => {
    const stream = [
      'event: message_start',
      'data: {"type":"message_start","message":{"model":"claude-opus-4-5-20251101"' +
        ',"usage":{"input_tokens":0,"output_tokens":0}}}',
      '',
      'event: message_delta',
      'data: {"type":"message_delta","usage":{"output_tokens":40}}',
      '',
      'event: message_delta',
      'data: {"type":"message_delta","usage":{"input_tokens":310,"cache_read_input_tokens":9000,"output_tokens":0}}',
      '',
    ].join('\n');
    expect(tapInChunks(anthropicUsage, 'sse', sseBytes(stream), 5).usage).toEqual({
      inputTokens: 310,
      outputTokens: 40,
      cacheReadTokens: 9000,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 0,
    });
  });

  it('recognises event types from the JSON when the event: lines are missing', () => {
    const stream =
      'data: {"type":"message_start","message":{"model":"claude-haiku-4-5-20251001"' +
      ',"usage":{"input_tokens":12,"output_tokens":1}}}\n\n' +
      'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}\n\n' +
      'data: {"type":"message_delta","usage":{"output_tokens":9}}\n\n';
    const reading = tapInChunks(anthropicUsage, 'sse', sseBytes(stream), 3);
    expect(reading.model).toBe('claude-haiku-4-5-20251001');
    expect(reading.usage).toMatchObject({ inputTokens: 12, outputTokens: 9 });
  });

  it('counts cache writes the breakdown does not explain as 5m', () => {
    const body = {
      usage: {
        input_tokens: 5,
        output_tokens: 1,
        cache_creation_input_tokens: 5000,
        cache_creation: { ephemeral_1h_input_tokens: 2000 },
      },
    };
    expect(anthropicUsage.readJson(body).usage).toMatchObject({ cacheWrite5mTokens: 3000, cacheWrite1hTokens: 2000 });
  });

  it('returns no usage for an error body or a stream that never started', () => {
    expect(
      anthropicUsage.readJson({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
    ).toEqual({
      usage: null,
      model: null,
    });
    const errorStream =
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n';
    expect(tapInChunks(anthropicUsage, 'sse', sseBytes(errorStream), 4)).toEqual({ usage: null, model: null });
  });

  it('ignores malformed counts instead of failing', () => {
    const body = {
      model: 'claude-sonnet-4-5',
      usage: { input_tokens: -3, output_tokens: '12', cache_read_input_tokens: null },
    };
    expect(anthropicUsage.readJson(body).usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWrite5mTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 0,
    });
  });
});
