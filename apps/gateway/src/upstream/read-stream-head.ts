import type { Readable } from 'node:stream';
import { createSseParser, type SseFrame, type StreamHeadVerdict } from '@cch/core';

export type StreamHead =
  | { verdict: 'content'; chunks: Buffer[] }
  | { verdict: 'error-event'; chunks: Buffer[]; message: string }
  | { verdict: 'empty'; chunks: Buffer[] };

/**
 * Holds a stream back only until its first frame with content, so a failure before any content
 * (an `error` event right after `message_start`, `response.failed` after `response.created`, a
 * fake 2xx) can still fail over; the protocol says which frames are keep-alives, preambles,
 * errors or content. The stream is left paused for the relay to resume.
 */
export function readStreamHead(
  body: Readable,
  classify: (frame: SseFrame) => StreamHeadVerdict,
  timeoutMs: number,
): Promise<StreamHead> {
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
    const decided = (frames: Iterable<SseFrame>): boolean => {
      for (const frame of frames) {
        const verdict = classify(frame);
        if (verdict === 'error') finish({ verdict: 'error-event', chunks, message: frame.data.slice(0, 500) });
        else if (verdict === 'content') finish({ verdict: 'content', chunks });
        else continue;
        return true;
      }
      return false;
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      decided(parser.push(chunk));
    };
    // a stream that ends after keep-alives and preambles only carried no answer
    const onEnd = () => {
      if (!decided(parser.end())) finish({ verdict: 'empty', chunks });
    };
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(
      () => finish(Object.assign(new Error('first byte timeout'), { code: 'FIRST_BYTE_TIMEOUT' })),
      timeoutMs,
    );
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

/** A 2xx JSON body that is really an error (or not JSON at all); the protocol says what an error answer looks like. */
export function inspectJsonBody(
  buffer: Buffer,
  contentType: string,
  isErrorAnswer: (json: unknown) => boolean,
):
  | { ok: true; json: unknown }
  | { ok: false; errorClass: 'empty_response' | 'html_response' | 'error_body'; message: string } {
  if (buffer.length === 0) {
    return { ok: false, errorClass: 'empty_response', message: 'Upstream returned an empty 200' };
  }
  const first = buffer.subarray(0, 64).toString().trimStart();
  if (contentType.includes('text/html') || first.startsWith('<')) {
    return { ok: false, errorClass: 'html_response', message: 'Upstream returned an HTML page instead of JSON' };
  }
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString());
  } catch {
    return { ok: false, errorClass: 'error_body', message: 'Upstream returned a body that is not JSON' };
  }
  if (isErrorAnswer(json)) {
    const message = `Upstream returned an error inside a 200: ${buffer.subarray(0, 300).toString()}`;
    return { ok: false, errorClass: 'error_body', message };
  }
  return { ok: true, json };
}
