import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canConvert } from '../can-convert.js';
import { protocolAdapter } from '../registry.js';

const claudeCode = JSON.parse(
  readFileSync(new URL('../anthropic/fixtures/claude-code-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>; // a recorded JSON object

describe('openai chat translator', () => {
  const translator = protocolAdapter('openai-chat').translator;

  it('is registered on the protocol adapter, so Claude and Chat convert both ways', () => {
    expect(translator).toBeDefined();
    expect(canConvert('anthropic', 'openai-chat')).toBe(true);
    expect(canConvert('openai-chat', 'anthropic')).toBe(true);
    expect(translator?.renderTokenCount(42)).toEqual({ object: 'response.input_tokens', input_tokens: 42 });
  });

  it('converts a Claude Code-sized request (76 KB, 24 tools) to Chat in well under a millisecond', () => {
    const anthropic = protocolAdapter('anthropic').translator!;
    const context = { model: 'claude-opus-4-8', stream: true };
    const convert = () =>
      translator!.request.fromIr({ ...anthropic.request.toIr(claudeCode, context), model: 'gpt-5' });
    for (let i = 0; i < 200; i++) convert(); // warm the JIT, as a running gateway is
    const batches = Array.from({ length: 5 }, () => {
      const started = process.cpuUsage();
      for (let i = 0; i < 100; i++) convert();
      const spent = process.cpuUsage(started);
      return (spent.user + spent.system) / 100;
    });
    const perRequestMicros = Math.min(...batches);
    console.log(`anthropic toIr + openai-chat fromIr of the Claude Code request: ${perRequestMicros.toFixed(0)} µs`);
    expect(perRequestMicros).toBeLessThan(1000);
  });
});
