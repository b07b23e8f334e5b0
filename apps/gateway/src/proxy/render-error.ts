import type { ServerResponse } from 'node:http';
import { type GatewayError, type ProtocolId, renderProtocolError } from '@cch/core';

/** Writes a gateway error in the caller's protocol; the request id is in the body and a header. */
export function sendGatewayError(res: ServerResponse, protocol: ProtocolId, error: GatewayError, requestId: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = JSON.stringify(renderProtocolError(protocol, { status: error.status, kind: error.kind, code: error.code, message: error.message, requestId }));
  res.writeHead(error.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': requestId,
    ...error.headers,
  });
  res.end(body);
}

/** Which protocol a request on an unknown or failed route most likely speaks. */
export function guessProtocol(url: string, headers: Record<string, unknown>): ProtocolId {
  if (url.startsWith('/v1beta')) return 'gemini';
  if (url.startsWith('/v1internal')) return 'gemini-cli';
  if (url.startsWith('/v1/responses')) return 'openai-responses';
  if (url.startsWith('/v1/chat')) return 'openai-chat';
  if (headers['anthropic-version'] !== undefined || headers['x-api-key'] !== undefined) return 'anthropic';
  return url.startsWith('/v1/messages') ? 'anthropic' : 'openai-chat';
}
