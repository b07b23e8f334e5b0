import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFixtureBytes, readFixtureJson, sseBytes, tapFixture, tapInChunks } from '../../usage/run-usage-fixture.js';
import { openAiChatUsage } from './usage.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openai chat usage', () => {
  it('reads a chat.completion: input = prompt − cached, reasoning inside completion', () => {
    const expected = {
      usage: {
        inputTokens: 86, // 2006 prompt − 1920 cached
        outputTokens: 1500, // completion_tokens, reasoning included
        cacheReadTokens: 1920,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 1216,
      },
      model: 'o4-mini-2025-04-16',
    };
    expect(openAiChatUsage.readJson(readFixtureJson(fixture('completion.json')))).toEqual(expected);
    expect(tapFixture(openAiChatUsage, 'json', fixture('completion.json'))).toEqual(expected);
  });

  it('reads the final usage chunk of a stream, parsing nothing else', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const reading = tapInChunks(openAiChatUsage, 'sse', readFixtureBytes(fixture('stream.sse')), 9);
    expect(reading).toEqual({
      usage: {
        inputTokens: 86,
        outputTokens: 300,
        cacheReadTokens: 1920,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 0,
      },
      model: 'gpt-4o-2024-08-06',
    });
    expect(parse).toHaveBeenCalledTimes(1);
    expect(tapFixture(openAiChatUsage, 'sse', fixture('stream.sse'))).toEqual(reading);
  });

  it('reports the model but no usage when the stream had no usage chunk', () => {
    const stream =
      'data: {"id":"c1","object":"chat.completion.chunk","model":"gpt-4.1-mini"' +
      ',"choices":[{"index":0,"delta":{"content":"Hi"}}],"usage":null}\n\n' +
      'data: [DONE]\n\n';
    expect(tapInChunks(openAiChatUsage, 'sse', sseBytes(stream), 4)).toEqual({ usage: null, model: 'gpt-4.1-mini' });
  });

  it('accepts DeepSeek-style prompt_cache_hit_tokens from OpenAI-compatible providers', () => {
    const body = {
      model: 'deepseek-chat',
      usage: {
        prompt_tokens: 1000,
        completion_tokens: 50,
        prompt_cache_hit_tokens: 768,
        prompt_cache_miss_tokens: 232,
      },
    };
    expect(openAiChatUsage.readJson(body).usage).toMatchObject({
      inputTokens: 232,
      cacheReadTokens: 768,
      outputTokens: 50,
    });
  });

  it('never reports negative input when cached exceeds prompt', () => {
    const body = { usage: { prompt_tokens: 10, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 64 } } };
    expect(openAiChatUsage.readJson(body).usage).toMatchObject({ inputTokens: 0, cacheReadTokens: 64 });
  });
});
