import { describe, expect, it } from 'vitest';
import { readFixtureJson, tapFixture } from '../../usage/run-usage-fixture.js';
import { geminiCliUsage } from './usage.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

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

describe('gemini-cli usage', () => {
  it('unwraps { response: … } in JSON bodies and streams', () => {
    expect(geminiCliUsage.readJson(readFixtureJson(fixture('response.json')))).toEqual(flashCliTurn);
    expect(tapFixture(geminiCliUsage, 'json', fixture('response.json'))).toEqual(flashCliTurn);
    expect(tapFixture(geminiCliUsage, 'sse', fixture('stream.sse'))).toEqual(flashCliTurn);
  });

  it('also reads an unwrapped response', () => {
    expect(
      geminiCliUsage.readJson(readFixtureJson(new URL('../gemini/fixtures/generate-content.json', import.meta.url))),
    ).toMatchObject({ model: 'gemini-2.5-pro', usage: { inputTokens: 2500, cacheReadTokens: 16_000 } });
  });
});
