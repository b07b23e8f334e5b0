import { describe, expect, it } from 'vitest';
import { readFixtureJson, tapFixture } from '../../usage/run-usage-fixture.js';
import { geminiUsage } from './usage.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

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

describe('gemini usage', () => {
  it('reads a generateContent JSON body: cached inside prompt, thoughts billed as output', () => {
    expect(geminiUsage.readJson(readFixtureJson(fixture('generate-content.json')))).toEqual(proTurn);
    expect(tapFixture(geminiUsage, 'json', fixture('generate-content.json'))).toEqual(proTurn);
  });

  it('reads the last usageMetadata of an alt=sse stream (CRLF framed)', () => {
    expect(tapFixture(geminiUsage, 'sse', fixture('stream.sse'))).toEqual(proTurn);
  });

  it('reads a streamGenerateContent JSON array (no alt=sse)', () => {
    expect(tapFixture(geminiUsage, 'json', fixture('stream-array.json'))).toEqual(proTurn);
  });

  it('bills tool-use prompt tokens as input', () => {
    const body = {
      modelVersion: 'gemini-2.5-flash',
      usageMetadata: { promptTokenCount: 100, toolUsePromptTokenCount: 400, candidatesTokenCount: 20 },
    };
    expect(geminiUsage.readJson(body).usage).toMatchObject({ inputTokens: 500, outputTokens: 20, reasoningTokens: 0 });
  });
});
