import { describe, expect, it } from 'vitest';
import { readFixtureJson, tapFixture } from './fixtures/run-fixture.js';
import { geminiCliUsage } from './gemini-cli-usage.js';
import { geminiUsage } from './gemini-usage.js';

const proTurn = {
  usage: {
    inputTokens: 2500, // 18,500 prompt − 16,000 cached
    outputTokens: 2392, // 640 candidates + 1,752 thoughts
    cacheReadTokens: 16_000,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 1752,
  },
  model: 'gemini-2.5-pro',
};

const flashCliTurn = {
  usage: {
    inputTokens: 1056, // 9,120 − 8,064 cached
    outputTokens: 703, // 210 + 493 thoughts
    cacheReadTokens: 8064,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 493,
  },
  model: 'gemini-2.5-flash',
};

describe('gemini usage', () => {
  it('reads a generateContent JSON body: cached inside prompt, thoughts billed as output', () => {
    expect(geminiUsage.readJson(readFixtureJson('gemini-generate-content.json'))).toEqual(proTurn);
    expect(tapFixture('gemini', 'json', 'gemini-generate-content.json')).toEqual(proTurn);
  });

  it('reads the last usageMetadata of an alt=sse stream (CRLF framed)', () => {
    expect(tapFixture('gemini', 'sse', 'gemini-stream.sse')).toEqual(proTurn);
  });

  it('reads a streamGenerateContent JSON array (no alt=sse)', () => {
    expect(tapFixture('gemini', 'json', 'gemini-stream-array.json')).toEqual(proTurn);
  });

  it('bills tool-use prompt tokens as input', () => {
    const body = {
      modelVersion: 'gemini-2.5-flash',
      usageMetadata: { promptTokenCount: 100, toolUsePromptTokenCount: 400, candidatesTokenCount: 20 },
    };
    expect(geminiUsage.readJson(body).usage).toMatchObject({ inputTokens: 500, outputTokens: 20, reasoningTokens: 0 });
  });
});

describe('gemini-cli usage', () => {
  it('unwraps { response: … } in JSON bodies and streams', () => {
    expect(geminiCliUsage.readJson(readFixtureJson('gemini-cli-response.json'))).toEqual(flashCliTurn);
    expect(tapFixture('gemini-cli', 'json', 'gemini-cli-response.json')).toEqual(flashCliTurn);
    expect(tapFixture('gemini-cli', 'sse', 'gemini-cli-stream.sse')).toEqual(flashCliTurn);
  });

  it('also reads an unwrapped response', () => {
    expect(geminiCliUsage.readJson(readFixtureJson('gemini-generate-content.json'))).toEqual(proTurn);
  });
});
