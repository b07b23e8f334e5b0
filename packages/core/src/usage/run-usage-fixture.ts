/** Test support only: loads recorded payloads and runs them through a usage tap. */
import { readFileSync } from 'node:fs';
import { createUsageTap, type UsageTapMode } from './create-usage-tap.js';
import type { UsageExtractor, UsageReading } from './usage-extractor.js';

export function readFixtureBytes(url: URL): Uint8Array {
  return new Uint8Array(readFileSync(url));
}

export function readFixtureJson(url: URL): unknown {
  return JSON.parse(new TextDecoder().decode(readFixtureBytes(url))) as unknown; // safe: `any` → `unknown`
}

/** Feeds `bytes` to a fresh tap in chunks of `chunkSize` bytes (1 = byte by byte). */
export function tapInChunks(
  extractor: UsageExtractor,
  mode: UsageTapMode,
  bytes: Uint8Array,
  chunkSize: number,
): UsageReading {
  const tap = createUsageTap(extractor, mode);
  for (let i = 0; i < bytes.length; i += chunkSize) tap.push(bytes.subarray(i, i + chunkSize));
  const usage = tap.end();
  return { usage, model: tap.model };
}

/** Runs a fixture whole, byte by byte and in odd-sized chunks, and checks all agree. */
export function tapFixture(extractor: UsageExtractor, mode: UsageTapMode, url: URL): UsageReading {
  const bytes = readFixtureBytes(url);
  const whole = tapInChunks(extractor, mode, bytes, bytes.length || 1);
  for (const size of [1, 7, 61]) {
    const split = tapInChunks(extractor, mode, bytes, size);
    if (JSON.stringify(split) !== JSON.stringify(whole)) {
      const name = url.pathname.split('/').slice(-2).join('/');
      throw new Error(`${name}: chunk size ${size} read ${JSON.stringify(split)}, whole ${JSON.stringify(whole)}`);
    }
  }
  return whole;
}

export function sseBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
