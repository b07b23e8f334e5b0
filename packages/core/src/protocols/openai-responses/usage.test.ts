import { describe, expect, it } from 'vitest';
import { readFixtureJson, sseBytes, tapFixture, tapInChunks } from '../../usage/run-usage-fixture.js';
import { openAiResponsesUsage } from './usage.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

const codexTurn = {
  usage: {
    inputTokens: 2294, // 24,310 input − 22,016 cached
    outputTokens: 1830, // reasoning included
    cacheReadTokens: 22_016,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 1472,
  },
  model: 'gpt-5-codex',
};

describe('openai responses usage', () => {
  it('reads a Response JSON body', () => {
    expect(openAiResponsesUsage.readJson(readFixtureJson(fixture('response.json')))).toEqual(codexTurn);
    expect(tapFixture(openAiResponsesUsage, 'json', fixture('response.json'))).toEqual(codexTurn);
  });

  it('reads response.completed of a Codex stream', () => {
    expect(tapFixture(openAiResponsesUsage, 'sse', fixture('stream.sse'))).toEqual(codexTurn);
  });

  it('reads response.incomplete', () => {
    expect(tapFixture(openAiResponsesUsage, 'sse', fixture('stream-incomplete.sse'))).toEqual({
      usage: {
        inputTokens: 9000,
        outputTokens: 4096,
        cacheReadTokens: 0,
        cacheWrite5mTokens: 0,
        cacheWrite1hTokens: 0,
        reasoningTokens: 4096,
      },
      model: 'gpt-5-codex',
    });
  });

  it('reads response.failed, with or without usage', () => {
    const failed = (usage: string): string =>
      'event: response.created\ndata: {"type":"response.created"' +
      ',"response":{"model":"gpt-5.1-codex","usage":null}}\n\n' +
      `event: response.failed\ndata: {"type":"response.failed"` +
      `,"response":{"model":"gpt-5.1-codex","status":"failed","usage":${usage}}}\n\n`;
    expect(tapInChunks(openAiResponsesUsage, 'sse', sseBytes(failed('null')), 11)).toEqual({
      usage: null,
      model: 'gpt-5.1-codex',
    });
    expect(
      tapInChunks(openAiResponsesUsage, 'sse', sseBytes(failed('{"input_tokens":40,"output_tokens":0}')), 11).usage,
    ).toMatchObject({
      inputTokens: 40,
      outputTokens: 0,
    });
  });

  it('takes the model from response.created when the stream is cut before completion', () => {
    const stream =
      'event: response.created\ndata: {"type":"response.created"' +
      ',"sequence_number":0,"response":{"model":"gpt-5-codex","usage":null}}\n\n' +
      'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"Hel"}\n\n';
    expect(tapInChunks(openAiResponsesUsage, 'sse', sseBytes(stream), 64)).toEqual({
      usage: null,
      model: 'gpt-5-codex',
    });
  });
});
