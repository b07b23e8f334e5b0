import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canConvert } from '../can-convert.js';
import { protocolAdapter } from '../registry.js';

const codex = JSON.parse(
  readFileSync(new URL('./fixtures/convert/codex-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>; // a recorded JSON object

describe('openai responses translator', () => {
  const translator = protocolAdapter('openai-responses').translator;

  it('is registered on the protocol adapter, converts with anthropic, and renders input_tokens answers', () => {
    expect(translator?.renderTokenCount(1234)).toEqual({ object: 'response.input_tokens', input_tokens: 1234 });
    expect(canConvert('openai-responses', 'anthropic')).toBe(true);
    expect(canConvert('anthropic', 'openai-responses')).toBe(true);
  });

  it('converts a Codex-sized request (47 KB, 9 tools) to Anthropic in well under a millisecond', () => {
    const anthropic = protocolAdapter('anthropic').translator!;
    const context = { model: 'gpt-5-codex', stream: true };
    const convert = () =>
      anthropic.request.fromIr({ ...translator!.request.toIr(codex, context), model: 'claude-sonnet-4-6' });
    for (let i = 0; i < 200; i++) convert(); // warm the JIT, as a running gateway is
    // CPU time, not wall time: the machine running the tests may be busy with others. Best of five batches.
    const batches = Array.from({ length: 5 }, () => {
      const started = process.cpuUsage();
      for (let i = 0; i < 100; i++) convert();
      const spent = process.cpuUsage(started);
      return (spent.user + spent.system) / 100;
    });
    const perRequestMicros = Math.min(...batches);
    console.log(`responses toIr + anthropic fromIr of the Codex request: ${perRequestMicros.toFixed(0)} µs of CPU`);
    expect(perRequestMicros).toBeLessThan(1000);
  });
});
