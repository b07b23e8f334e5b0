import type { Readable } from 'node:stream';
import { createSseParser, type SseFrame } from '@cch/core';

export type StreamHead =
  | { verdict: 'content'; chunks: Buffer[] }
  | { verdict: 'error-event'; chunks: Buffer[]; message: string }
  | { verdict: 'empty'; chunks: Buffer[] };

function isErrorFrame(frame: SseFrame): boolean {
  if (frame.event === 'error' || frame.event === 'response.failed') return true;
  const data = frame.data.trimStart();
  return data.startsWith('{"type":"error"') || data.startsWith('{"error"') || data.startsWith('{"type":"response.failed"');
}

function isKeepAlive(frame: SseFrame): boolean {
  return frame.event === 'ping' || frame.data === '' || frame.data.startsWith('{"type":"ping"');
}

/**
 * Holds a stream back only until its first meaningful SSE frame, so an `error` event before any
 * content (a fake 2xx) can still fail over. The stream is left paused for the relay to resume.
 */
export function readStreamHead(body: Readable, timeoutMs: number): Promise<StreamHead> {
  return new Promise((resolve, reject) => {
    const parser = createSseParser();
    const chunks: Buffer[] = [];
    const finish = (result: StreamHead | Error) => {
      clearTimeout(timer);
      body.off('data', onData).off('end', onEnd).off('error', onError);
      body.pause();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      for (const frame of parser.push(chunk)) {
        if (isKeepAlive(frame)) continue;
        if (isErrorFrame(frame)) return finish({ verdict: 'error-event', chunks, message: frame.data.slice(0, 500) });
        return finish({ verdict: 'content', chunks });
      }
    };
    const onEnd = () => finish(chunks.length > 0 ? { verdict: 'content', chunks } : { verdict: 'empty', chunks });
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(() => finish(Object.assign(new Error('first byte timeout'), { code: 'FIRST_BYTE_TIMEOUT' })), timeoutMs);
    body.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Reads a whole non-stream body, bounded. */
export async function readBody(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer; // undici bodies yield Buffers
    size += buffer.length;
    if (size > maxBytes) throw Object.assign(new Error('response too large'), { code: 'RESPONSE_TOO_LARGE' });
    chunks.push(buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/** A 2xx JSON body that is really an error (or not JSON at all). */
export function inspectJsonBody(buffer: Buffer, contentType: string): { ok: true; json: unknown } | { ok: false; errorClass: 'empty_response' | 'html_response' | 'error_body'; message: string } {
  if (buffer.length === 0) return { ok: false, errorClass: 'empty_response', message: 'Upstream returned an empty 200' };
  const first = buffer.subarray(0, 64).toString().trimStart();
  if (contentType.includes('text/html') || first.startsWith('<')) return { ok: false, errorClass: 'html_response', message: 'Upstream returned an HTML page instead of JSON' };
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString());
  } catch {
    return { ok: false, errorClass: 'error_body', message: 'Upstream returned a body that is not JSON' };
  }
  // a Gemini stream without alt=sse is a JSON array: an error as its first element is a fake 2xx too
  const subject: unknown = Array.isArray(json) ? json[0] : json;
  if (typeof subject === 'object' && subject !== null && !Array.isArray(subject)) {
    const record = subject as Record<string, unknown>;
    if (record['type'] === 'error' || ('error' in record && !('content' in record) && !('choices' in record) && !('candidates' in record) && !('output' in record))) {
      return { ok: false, errorClass: 'error_body', message: `Upstream returned an error inside a 200: ${buffer.subarray(0, 300).toString()}` };
    }
  }
  return { ok: true, json };
}
