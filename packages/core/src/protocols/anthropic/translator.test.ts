import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { protocolAdapter } from '../registry.js';

const claudeCode = JSON.parse(
  readFileSync(new URL('./fixtures/claude-code-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>; // a recorded JSON object

describe('anthropic translator', () => {
  const translator = protocolAdapter('anthropic').translator;

  it('is registered on the protocol adapter and renders count_tokens answers', () => {
    expect(translator?.renderTokenCount(1234)).toEqual({ input_tokens: 1234 });
  });

  it('converts a Claude Code-sized request (76 KB, 24 tools) in well under a millisecond', () => {
    const request = translator!.request;
    const context = { model: 'claude-opus-4-8', stream: true };
    const convert = () => request.fromIr({ ...request.toIr(claudeCode, context), model: 'claude-sonnet-4-6' });
    for (let i = 0; i < 200; i++) convert(); // warm the JIT, as a running gateway is
    // CPU time, not wall time: the machine running the tests may be busy with others. Best of five batches.
    const batches = Array.from({ length: 5 }, () => {
      const started = process.cpuUsage();
      for (let i = 0; i < 100; i++) convert();
      const spent = process.cpuUsage(started);
      return (spent.user + spent.system) / 100;
    });
    const perRequestMicros = Math.min(...batches);
    console.log(`anthropic toIr + fromIr of the Claude Code request: ${perRequestMicros.toFixed(0)} µs of CPU`);
    expect(perRequestMicros).toBeLessThan(1000);
  });
});
