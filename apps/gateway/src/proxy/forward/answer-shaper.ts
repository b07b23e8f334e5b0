import type { IncomingHttpHeaders } from 'node:http';
import { createSseParser, PROTOCOLS, type Provider, redactSecrets, type Usage } from '@cch/core';
import type { ProxyContext } from '../context.js';
import { relayedHeaders } from './relay-response.js';

/** An answer ready to send whole. */
export interface ShapedAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A stream being turned into the client's: per-chunk output, the closing text, the usage read. */
export interface ShapedStream {
  headers: Record<string, string | string[]>;
  onChunk(chunk: Buffer): Buffer | string;
  /** Text still owed when the upstream ended cleanly (a converter's closing events). */
  finish(): string;
  usage(): Usage | null;
  /**
   * The upstream's error a converter relayed as the client's error event (the stream carried an
   * error, so its clean end is not a complete answer); null when none. Same-protocol relays pass
   * error events through as bytes and do not set it.
   */
  relayedError?(): string | null;
}

/**
 * How an upstream's answer becomes the client's: as it is (same protocol), or converted. The
 * deliver step is the same either way.
 */
export interface AnswerShaper {
  clientError(status: number, headers: IncomingHttpHeaders, body: Buffer): ShapedAnswer;
  json(
    status: number,
    headers: IncomingHttpHeaders,
    body: Buffer,
    json: unknown,
  ): ShapedAnswer & { usage: Usage | null };
  stream(status: number, headers: IncomingHttpHeaders): ShapedStream;
}

/** Same protocol in and out: bytes pass untouched; only the usage tap reads them. */
export function createNativeShaper(ctx: ProxyContext, provider: Provider): AnswerShaper {
  const extractor = PROTOCOLS[ctx.endpoint.protocol].usage;
  return {
    clientError(status, headers, body) {
      const redacted = Buffer.from(redactSecrets(body.toString(), provider.apiKey));
      return { status, headers: withLength(relayedHeaders(headers, ctx.requestId), redacted), body: redacted };
    },
    json(status, headers, body, json) {
      const usage = extractor.readJson(json).usage;
      return { status, headers: withLength(relayedHeaders(headers, ctx.requestId), body), body, usage };
    },
    stream(_status, headers) {
      const parser = createSseParser();
      const reader = extractor.createStreamReader();
      return {
        headers: relayedHeaders(headers, ctx.requestId),
        onChunk(chunk) {
          for (const frame of parser.push(chunk)) reader.push(frame);
          return chunk;
        },
        finish: () => '',
        usage() {
          for (const frame of parser.end()) reader.push(frame);
          return reader.result().usage;
        },
      };
    },
  };
}

export function withLength(headers: Record<string, string | string[]>, body: Buffer) {
  return { ...headers, 'content-length': String(body.length) };
}
