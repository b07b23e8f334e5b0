import type { ServerResponse } from 'node:http';
import { type GatewayError, type ProtocolId, PROTOCOLS } from '@cch/core';

function retryAfterOf(error: GatewayError): number | null {
  const value = Number(error.headers['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Writes a gateway error in the caller's protocol, with the status and headers its clients treat
 * right; the request id is in the body and a header.
 */
export function sendGatewayError(res: ServerResponse, protocol: ProtocolId, error: GatewayError, requestId: string) {
  if (res.headersSent) {
    res.end();
    return;
  }
  const retryAfterSeconds = retryAfterOf(error);
  const rendered = PROTOCOLS[protocol].renderError({
    status: error.status,
    kind: error.kind,
    code: error.code,
    message: error.message,
    requestId,
    retryAfterSeconds,
    resetsAt: retryAfterSeconds === null ? null : Math.floor(Date.now() / 1000) + retryAfterSeconds,
    final: error.final,
  });
  const body = JSON.stringify(rendered.body);
  res.writeHead(rendered.status, {
    ...error.headers,
    ...rendered.headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': requestId,
  });
  res.end(body);
}
