import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Endpoint, GatewayError, PROXY_ROUTES, type ProxyRoute } from '@cch/core';
import type { InboundRequest } from './context.js';
import { clientAddressOf, inboundRequestOf, pathOf } from './inbound-request.js';
import { sendGatewayError } from './send-gateway-error.js';

export type HandleProxyRequest = (endpoint: Endpoint, request: InboundRequest, res: ServerResponse) => Promise<void>;

export interface ProxyRouteDeps {
  handle: HandleProxyRequest;
  newRequestId: () => string;
}

/** Answers a request on one proxy route: its endpoint through the pipeline, or not found in the route's protocol. */
export function serveProxyRoute(
  route: ProxyRoute,
  raw: IncomingMessage,
  res: ServerResponse,
  clientIp: string,
  deps: ProxyRouteDeps,
): Promise<void> {
  const path = pathOf(raw.url ?? '/');
  const endpoint = route.resolve({ path, headers: raw.headers });
  if (endpoint) return deps.handle(endpoint, inboundRequestOf(raw, clientIp), res);
  const error = new GatewayError('not_found', { message: `Unknown endpoint ${raw.method} ${path}.` });
  sendGatewayError(res, route.protocol, error, deps.newRequestId());
  return Promise.resolve();
}

interface WildcardRoute {
  method: string;
  prefix: string;
  route: ProxyRoute;
}

/** What may follow a wildcard route's prefix here: a model and method, nothing to decode or normalise. */
const PLAIN_REMAINDER = /^[A-Za-z0-9._:-]+$/;

function indexRoutes(routes: readonly ProxyRoute[]) {
  const exact = new Map<string, ProxyRoute>();
  const wildcards: WildcardRoute[] = [];
  for (const route of routes) {
    if (route.url.endsWith('*')) wildcards.push({ method: route.method, prefix: route.url.slice(0, -1), route });
    else exact.set(`${route.method} ${route.url}`, route);
  }
  wildcards.sort((a, b) => b.prefix.length - a.prefix.length);
  return { exact, wildcards };
}

const INDEX = indexRoutes(PROXY_ROUTES);

/** The proxy route a request takes, or null for anything out of the ordinary (left to Fastify's router). */
export function proxyRouteOf(method: string, path: string): ProxyRoute | null {
  const exact = INDEX.exact.get(`${method} ${path}`);
  if (exact) return exact;
  for (const wildcard of INDEX.wildcards) {
    if (wildcard.method !== method || !path.startsWith(wildcard.prefix)) continue;
    return PLAIN_REMAINDER.test(path.slice(wildcard.prefix.length)) ? wildcard.route : null;
  }
  return null;
}

/**
 * Proxy traffic taken straight off the HTTP server, ahead of Fastify: routing, the request and
 * reply objects and the content-type parser would run on every proxied request for nothing (the
 * pipeline reads the raw request and writes the raw response). Anything unusual (an unknown
 * path, HEAD, a path with encoded characters) returns false and goes through Fastify's proxy
 * routes, which serve the same routes with the same handler.
 */
export function createProxyFrontDoor(deps: ProxyRouteDeps & { trustProxy: boolean }) {
  return function takeProxyRequest(raw: IncomingMessage, res: ServerResponse): boolean {
    const url = raw.url;
    if (url === undefined || raw.method === undefined) return false;
    const route = proxyRouteOf(raw.method, pathOf(url));
    if (route === null) return false;
    serveProxyRoute(route, raw, res, clientAddressOf(raw, deps.trustProxy), deps).catch(() => {
      if (!res.headersSent) sendGatewayError(res, route.protocol, new GatewayError('internal'), deps.newRequestId());
      else res.destroy();
    });
    return true;
  };
}
