import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { relayableResponseHeaders } from '@cch/core';

export type RelayResult = { completed: true } | { completed: false; error: unknown; clientGone: boolean };

function clientHeaders(upstream: IncomingHttpHeaders, requestId: string): Record<string, string | string[]> {
  const headers = relayableResponseHeaders(upstream);
  headers['x-request-id'] = requestId;
  return headers;
}

/** Sends a buffered (non-stream) answer with its exact length. */
export function relayBuffer(
  res: ServerResponse,
  status: number,
  upstream: IncomingHttpHeaders,
  buffer: Buffer,
  requestId: string,
): void {
  const headers = clientHeaders(upstream, requestId);
  headers['content-length'] = String(buffer.length);
  res.writeHead(status, headers);
  res.end(buffer);
}

/** Headers for a relayed upstream answer: the upstream's safe ones, plus the request id. */
export function relayedHeaders(upstream: IncomingHttpHeaders, requestId: string): Record<string, string | string[]> {
  return clientHeaders(upstream, requestId);
}

/**
 * Pipes an upstream stream to the client chunk by chunk (honouring backpressure): each chunk goes
 * through `onChunk` (the usage tap; a converter returns the client's text for it) and its result
 * is written at once. Resolves when the stream ends, fails, or the client leaves; on an upstream
 * failure the caller writes the protocol's error event and ends the response.
 */
export function relayStream(input: {
  res: ServerResponse;
  status: number;
  headers: Record<string, string | string[]>;
  head: Buffer[];
  body: Readable;
  /** What to write for an upstream chunk (the chunk itself when relaying as is). */
  onChunk: (chunk: Buffer) => Buffer | string;
  onFirstByte: () => void;
}): Promise<RelayResult> {
  const { res, body, onChunk } = input;
  res.writeHead(input.status, input.headers);
  res.flushHeaders();
  input.onFirstByte();
  const write = (chunk: Buffer): boolean => {
    const out = onChunk(chunk);
    return out.length === 0 ? true : res.write(out);
  };
  for (const chunk of input.head) write(chunk);
  // a short stream may have ended (or failed) while its head was being inspected
  if (body.errored) return Promise.resolve({ completed: false, error: body.errored, clientGone: false });
  if (body.readableEnded) return Promise.resolve({ completed: true });
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: RelayResult) => {
      if (settled) return;
      settled = true;
      body.off('data', onData).off('end', onEnd).off('error', onError);
      res.off('drain', onDrain).off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (!write(chunk)) body.pause();
    };
    const onDrain = () => body.resume();
    const onEnd = () => done({ completed: true });
    const onError = (error: Error) => done({ completed: false, error, clientGone: false });
    const onClose = () => {
      if (res.writableFinished) return;
      body.destroy();
      done({ completed: false, error: new Error('client closed the connection'), clientGone: true });
    };
    body.on('data', onData).on('end', onEnd).on('error', onError);
    res.on('drain', onDrain).on('close', onClose);
    body.resume();
  });
}
