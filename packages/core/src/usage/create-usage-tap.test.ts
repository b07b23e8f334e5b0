import { describe, expect, it } from 'vitest';
import { PROTOCOL_IDS } from '../domain/protocol.js';
import { createUsageTap } from './create-usage-tap.js';
import { readFixtureBytes } from './run-usage-fixture.js';
import { PROTOCOLS } from '../protocols/registry.js';

describe('createUsageTap', () => {
  it('has an extractor for every protocol', () => {
    for (const protocol of PROTOCOL_IDS) expect(PROTOCOLS[protocol].usage).toBeDefined();
  });

  it('knows the model only after end()', () => {
    const tap = createUsageTap(PROTOCOLS['anthropic'].usage, 'sse');
    tap.push(readFixtureBytes(new URL('../protocols/anthropic/fixtures/stream.sse', import.meta.url)));
    expect(tap.model).toBeNull();
    expect(tap.end()).not.toBeNull();
    expect(tap.model).toBe('claude-sonnet-4-5-20250929');
  });

  it('returns the same result from repeated end() calls and ignores pushes after end', () => {
    const tap = createUsageTap(PROTOCOLS['openai-responses'].usage, 'json');
    tap.push(readFixtureBytes(new URL('../protocols/openai-responses/fixtures/response.json', import.meta.url)));
    const first = tap.end();
    tap.push(new TextEncoder().encode('garbage'));
    expect(tap.end()).toBe(first);
  });

  it('copies buffered JSON chunks, so a caller may reuse its buffer', () => {
    const bytes = readFixtureBytes(new URL('../protocols/openai-chat/fixtures/completion.json', import.meta.url));
    const buffer = new Uint8Array(16);
    const tap = createUsageTap(PROTOCOLS['openai-chat'].usage, 'json');
    for (let i = 0; i < bytes.length; i += 16) {
      const part = bytes.subarray(i, i + 16);
      buffer.set(part);
      tap.push(buffer.subarray(0, part.length));
      buffer.fill(0);
    }
    expect(tap.end()).toMatchObject({ inputTokens: 86, outputTokens: 1500 });
  });

  it('gives up on JSON bodies above the cap', () => {
    const bytes = readFixtureBytes(new URL('../protocols/anthropic/fixtures/message.json', import.meta.url));
    const tap = createUsageTap(PROTOCOLS['anthropic'].usage, 'json', { maxJsonBytes: bytes.length - 1 });
    tap.push(bytes);
    expect(tap.end()).toBeNull();
  });

  it('returns null for empty, truncated or non-JSON bodies', () => {
    const bytes = readFixtureBytes(new URL('../protocols/anthropic/fixtures/message.json', import.meta.url));
    const cases = [
      new Uint8Array(0),
      bytes.subarray(0, bytes.length - 10),
      new TextEncoder().encode('<html>502</html>'),
    ];
    for (const body of cases) {
      const tap = createUsageTap(PROTOCOLS['anthropic'].usage, 'json');
      tap.push(body);
      expect(tap.end()).toBeNull();
      expect(tap.model).toBeNull();
    }
  });

  it('returns null for a stream of another protocol', () => {
    const tap = createUsageTap(PROTOCOLS['gemini'].usage, 'sse');
    tap.push(readFixtureBytes(new URL('../protocols/anthropic/fixtures/stream.sse', import.meta.url)));
    expect(tap.end()).toBeNull();
  });
});
