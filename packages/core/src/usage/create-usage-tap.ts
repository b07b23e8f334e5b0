import { createSseParser } from '../sse/index.js';
import { parseJsonSafely } from '../json/parse-json-safely.js';
import type { Usage } from './usage.js';
import type { UsageExtractor, UsageReading } from './usage-extractor.js';

/** Largest JSON body the tap buffers (8 MiB); past it, the body is not parsed and usage is null. */
export const DEFAULT_MAX_JSON_BYTES = 8 * 1024 * 1024;

export type UsageTapMode = 'json' | 'sse';

export interface UsageTapOptions {
  maxJsonBytes?: number;
}

/**
 * Reads usage out of a response body as its bytes pass by, without holding them back.
 * `push` never throws (a tap must never break the proxied stream); `end` returns the usage, or
 * null when the body carried none (or was cut off, or too large). `model` is the model the
 * upstream reported, known once `end` has been called.
 */
export interface UsageTap {
  push(chunk: Uint8Array): void;
  end(): Usage | null;
  readonly model: string | null;
}

interface TapCore {
  push(chunk: Uint8Array): void;
  finish(): UsageReading;
}

export function createUsageTap(extractor: UsageExtractor, mode: UsageTapMode, options: UsageTapOptions = {}): UsageTap {
  const core =
    mode === 'sse'
      ? createSseCore(extractor)
      : createJsonCore(extractor, options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES);
  let result: UsageReading | undefined;
  let broken = false;
  return {
    push(chunk) {
      if (broken || result) return;
      try {
        core.push(chunk);
      } catch {
        broken = true; // unexpected; give up on usage rather than disturb the stream
      }
    },
    end() {
      if (!result) result = broken ? { usage: null, model: null } : safeFinish(core);
      return result.usage;
    },
    get model() {
      return result?.model ?? null;
    },
  };
}

function safeFinish(core: TapCore): UsageReading {
  try {
    return core.finish();
  } catch {
    return { usage: null, model: null };
  }
}

function createSseCore(extractor: UsageExtractor): TapCore {
  const parser = createSseParser();
  const reader = extractor.createStreamReader();
  return {
    push(chunk) {
      for (const frame of parser.push(chunk)) reader.push(frame);
    },
    finish() {
      for (const frame of parser.end()) reader.push(frame);
      return reader.result();
    },
  };
}

function createJsonCore(extractor: UsageExtractor, maxBytes: number): TapCore {
  let chunks: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  return {
    push(chunk) {
      if (overflow) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        overflow = true;
        chunks = [];
        return;
      }
      chunks.push(chunk.slice()); // copy: the caller may reuse its buffer after forwarding it
    },
    finish() {
      if (overflow || size === 0) return { usage: null, model: null };
      const text = new TextDecoder('utf-8').decode(concatBytes(chunks, size));
      chunks = [];
      const body = parseJsonSafely(text);
      return body === undefined ? { usage: null, model: null } : extractor.readJson(body);
    },
  };
}

function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
