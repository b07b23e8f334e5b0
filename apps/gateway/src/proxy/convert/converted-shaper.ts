import type { IncomingHttpHeaders } from 'node:http';
import {
  createSseParser,
  type ErrorKind,
  type IrStreamEvent,
  PROTOCOLS,
  type ProtocolId,
  type ProtocolTranslator,
  type Provider,
  redactSecrets,
  type Usage,
} from '@cch/core';
import type { ProxyContext } from '../context.js';
import { type AnswerShaper, withLength } from '../forward/answer-shaper.js';

const KIND_OF_STATUS: Record<number, ErrorKind> = { 413: 'too_large', 431: 'too_large' };

function jsonHeaders(requestId: string): Record<string, string> {
  return { 'content-type': 'application/json', 'x-request-id': requestId };
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString());
  } catch {
    return null;
  }
}

/** The usage an IR stream reported last (a `finish` with usage, else the latest `usage` event). */
function trackUsage(events: readonly IrStreamEvent[], current: Usage | null): Usage | null {
  let usage = current;
  for (const event of events) {
    if (event.type === 'usage') usage = event.usage;
    else if (event.type === 'finish' && event.usage) usage = event.usage;
  }
  return usage;
}

/** The provider's protocol and translator (answers come from it) and the client's (answers go to it). */
export interface ConversionSides {
  upstream: { protocol: ProtocolId; translator: ProtocolTranslator };
  downstream: ProtocolTranslator;
}

/**
 * Answers of a provider of another protocol, converted for the client: complete answers through
 * the IR, streams event by event (frames → IR events → the client's frames, nothing held back),
 * and the provider's own client errors in the client's error shape. The model the client asked
 * for is the one its answers name.
 */
export function createConvertedShaper(ctx: ProxyContext, provider: Provider, sides: ConversionSides): AnswerShaper {
  const client = PROTOCOLS[ctx.endpoint.protocol];
  const { upstream, downstream } = sides;
  const answerContext = { requestedModel: ctx.body?.model ?? '', clientPath: ctx.request.url };
  return {
    clientError(status, _headers: IncomingHttpHeaders, body) {
      const reading = PROTOCOLS[upstream.protocol].readErrorBody(parse(body));
      const message = redactSecrets(
        reading?.message ?? `The provider refused the request (HTTP ${status}).`,
        provider.apiKey,
      );
      const kind = KIND_OF_STATUS[status] ?? 'invalid_request';
      const rendered = client.renderError({
        status,
        kind,
        code: reading?.type ?? 'invalid_request',
        message,
        requestId: ctx.requestId,
      });
      const out = Buffer.from(JSON.stringify(rendered.body));
      return {
        status: rendered.status,
        headers: withLength({ ...jsonHeaders(ctx.requestId), ...rendered.headers }, out),
        body: out,
      };
    },
    json(status, _headers, _body, json) {
      const ir = upstream.translator.response.toIr(json);
      const out = Buffer.from(JSON.stringify(downstream.response.fromIr(ir, answerContext)));
      return { status, headers: withLength(jsonHeaders(ctx.requestId), out), body: out, usage: ir.usage };
    },
    stream() {
      const parser = createSseParser();
      const decoder = upstream.translator.createStreamDecoder();
      const encoder = downstream.createStreamEncoder(answerContext);
      let usage: Usage | null = null;
      let relayedError: string | null = null;
      const encode = (events: IrStreamEvent[]): string => {
        usage = trackUsage(events, usage);
        let text = '';
        for (const event of events) {
          if (event.type === 'error') relayedError ??= event.message;
          text += encoder.push(event);
        }
        return text;
      };
      const contentType = client.streamContentType?.(ctx.request.url) ?? 'text/event-stream; charset=utf-8';
      return {
        headers: { 'content-type': contentType, 'cache-control': 'no-cache', 'x-request-id': ctx.requestId },
        onChunk(chunk) {
          let text = '';
          for (const frame of parser.push(chunk)) text += encode(decoder.push(frame));
          return text;
        },
        finish() {
          let text = '';
          for (const frame of parser.end()) text += encode(decoder.push(frame));
          return text + encode(decoder.end()) + encoder.end();
        },
        usage: () => usage,
        relayedError: () => relayedError,
      };
    },
  };
}
