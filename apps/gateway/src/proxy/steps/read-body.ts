import type { Readable } from 'node:stream';
import { GatewayError, PROTOCOLS } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

function tooLarge(limit: number): GatewayError {
  const mb = Math.round(limit / (1024 * 1024));
  // close the connection: what the client still sends of the body is never read
  return new GatewayError('request_too_large', {
    message: `The request body is larger than ${mb} MB, the limit of this API.`,
    headers: { connection: 'close' },
  });
}

/** Collects the body up to `limit` bytes; null when it is larger (the rest is left unread). */
function readAtMost(stream: Readable, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        stream.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the client closed the connection while sending the body'));
    };
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * Step 2b, after the key is checked: reads the body, bounded by the caller's protocol. A body
 * declared or found larger than the limit is answered 413 in the caller's shape without being read.
 */
export function createReadBody(): ProxyStep {
  return {
    name: 'read-body',
    async onRequest(ctx) {
      const stream = ctx.request.bodyStream;
      if (!stream) return CONTINUE;
      const limit = PROTOCOLS[ctx.endpoint.protocol].maxRequestBytes;
      if (ctx.request.contentLength !== null && ctx.request.contentLength > limit) {
        return { action: 'reply', error: tooLarge(limit) };
      }
      let body: Buffer | null;
      try {
        body = await readAtMost(stream, limit);
      } catch {
        return { action: 'reply', error: new GatewayError('invalid_request', { message: 'The body was cut off.' }) };
      }
      if (body === null) return { action: 'reply', error: tooLarge(limit) };
      ctx.rawBody = body;
      return CONTINUE;
    },
  };
}
