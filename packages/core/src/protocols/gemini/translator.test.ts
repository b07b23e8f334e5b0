import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canConvert } from '../can-convert.js';
import { protocolAdapter } from '../registry.js';

const claudeCode = JSON.parse(
  readFileSync(new URL('../anthropic/fixtures/claude-code-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>; // a recorded JSON object

describe('gemini translator', () => {
  const translator = protocolAdapter('gemini').translator;

  it('is registered on the protocol adapter, converts with Anthropic, and renders countTokens answers', () => {
    expect(translator?.renderTokenCount(1234)).toEqual({ totalTokens: 1234 });
    expect(canConvert('anthropic', 'gemini')).toBe(true);
    expect(canConvert('gemini', 'anthropic')).toBe(true);
  });

  it('converts a Claude Code-sized request (76 KB, 24 tools) to Gemini in well under a millisecond', () => {
    const anthropic = protocolAdapter('anthropic').translator!;
    const ir = anthropic.request.toIr(claudeCode, { model: 'claude-opus-4-8', stream: true });
    const convert = () =>
      translator!.request.fromIr({
        ...anthropic.request.toIr(claudeCode, { model: 'claude-opus-4-8', stream: true }),
        model: 'gemini-2.5-pro',
      });
    expect(ir.tools.length).toBeGreaterThan(20);
    for (let i = 0; i < 200; i++) convert(); // warm the JIT, as a running gateway is
    // CPU time, not wall time: the machine running the tests may be busy with others. Best of five batches.
    const batches = Array.from({ length: 5 }, () => {
      const started = process.cpuUsage();
      for (let i = 0; i < 50; i++) convert();
      const spent = process.cpuUsage(started);
      return (spent.user + spent.system) / 50;
    });
    const perRequestMicros = Math.min(...batches);
    console.log(`anthropic toIr + gemini fromIr of the Claude Code request: ${perRequestMicros.toFixed(0)} µs of CPU`);
    expect(perRequestMicros).toBeLessThan(1500);
  });
});
