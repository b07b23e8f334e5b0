import type { Socket } from 'node:net';
import { GatewayError, PROTOCOLS, PROXY_PREFIXES, protocolOfPath } from '@cch/core';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** The request target of a request line (`POST /v1/messages HTTP/1.1`), when the packet has one. */
function pathOfPacket(raw: Buffer | undefined): string | null {
  const line = raw?.subarray(0, 2048).toString('latin1').split('\r\n', 1)[0] ?? '';
  const target = line.split(' ')[1];
  return target?.startsWith('/') ? target.split('?', 1)[0]! : null;
}

function isProxyPath(path: string): boolean {
  return PROXY_PREFIXES.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}:`),
  );
}

function errorBody(status: number, path: string | null): { contentType: string; body: string } {
  if (path !== null && isProxyPath(path)) {
    const error = status === 431 ? new GatewayError('headers_too_large') : new GatewayError('invalid_request');
    const rendered = PROTOCOLS[protocolOfPath(path, {})].renderError({
      status,
      kind: error.kind,
      code: error.code,
      message: error.message,
      requestId: 'none',
    });
    return { contentType: 'application/json', body: JSON.stringify(rendered.body) };
  }
  const title = REASONS[status] ?? 'Bad Request';
  return { contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title, status }) };
}

/**
 * Requests Node rejects before any route runs (headers too large, a malformed request line) are
 * answered in the caller's protocol for proxy paths and as problem+json elsewhere, instead of
 * Fastify's own shape, then the connection is closed.
 */
export function handleClientError(error: { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket : undefined; // a Buffer at run time
  const { contentType, body } = errorBody(status, pathOfPacket(raw));
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\ncontent-type: ${contentType}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
