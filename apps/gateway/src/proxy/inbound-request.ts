import type { IncomingMessage } from 'node:http';
import type { InboundRequest } from './context.js';

const NO_QUERY: Readonly<Record<string, string>> = Object.freeze({});

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** The query's parameters, the first value of each (a repeated `key=` cannot smuggle in a second key). */
function queryOf(url: string): Record<string, string | undefined> {
  const at = url.indexOf('?');
  if (at < 0 || at === url.length - 1) return NO_QUERY;
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(url.slice(at + 1))) {
    if (!Object.hasOwn(query, name)) query[name] = value;
  }
  return query;
}

function declaredLength(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/**
 * The caller's address: the socket's peer, or, behind a trusted proxy (`TRUST_PROXY`), the
 * leftmost address the proxies recorded in `x-forwarded-for`.
 */
export function clientAddressOf(raw: IncomingMessage, trustProxy: boolean): string {
  const peer = raw.socket.remoteAddress ?? '';
  if (!trustProxy) return peer;
  const forwarded = raw.headers['x-forwarded-for'];
  if (typeof forwarded !== 'string') return peer;
  for (const entry of forwarded.split(',')) {
    const address = entry.trim();
    if (address.length > 0) return address;
  }
  return peer;
}

/** What the pipeline gets of a client's request: nothing read yet, the body still on the socket. */
export function inboundRequestOf(raw: IncomingMessage, clientIp: string): InboundRequest {
  const url = raw.url ?? '/';
  const method = raw.method ?? 'GET';
  const agent = raw.headers['user-agent'];
  return {
    method,
    url,
    path: pathOf(url),
    headers: raw.headers,
    query: queryOf(url),
    bodyStream: method === 'GET' || method === 'HEAD' ? null : raw,
    contentLength: declaredLength(raw.headers['content-length']),
    clientIp,
    userAgent: typeof agent === 'string' ? agent : '',
  };
}
