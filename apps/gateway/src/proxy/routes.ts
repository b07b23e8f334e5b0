import type { ServerResponse } from 'node:http';
import { type Endpoint, GatewayError, PROXY_ROUTES, type ProxyRoute, prefixOfRoute, protocolOfPath } from '@cch/core';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { InboundRequest } from './context.js';
import { sendGatewayError } from './send-gateway-error.js';

export type HandleProxyRequest = (endpoint: Endpoint, request: InboundRequest, res: ServerResponse) => Promise<void>;

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

function declaredLength(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}

function toInbound(request: FastifyRequest): InboundRequest {
  const agent = request.headers['user-agent'];
  return {
    method: request.method,
    url: request.url,
    path: pathOf(request.url),
    headers: request.headers,
    query: request.query as Record<string, string | undefined>, // Fastify's default querystring parser yields strings
    bodyStream: request.method === 'GET' || request.method === 'HEAD' ? null : request.raw,
    contentLength: declaredLength(request.headers['content-length']),
    clientIp: request.ip,
    userAgent: typeof agent === 'string' ? agent : '',
  };
}

function unknownEndpoint(request: FastifyRequest): GatewayError {
  return new GatewayError('not_found', { message: `Unknown endpoint ${request.method} ${pathOf(request.url)}.` });
}

function registerRoute(app: FastifyInstance, handle: HandleProxyRequest, route: ProxyRoute, newId: () => string) {
  app.route({
    method: route.method,
    url: route.url.slice(app.prefix.length),
    handler: async (request, reply) => {
      reply.hijack();
      const endpoint = route.resolve({ path: pathOf(request.url), headers: request.headers });
      if (!endpoint) return sendGatewayError(reply.raw, route.protocol, unknownEndpoint(request), newId());
      await handle(endpoint, toInbound(request), reply.raw);
    },
  });
}

/**
 * The client-facing proxy context for one prefix (`/v1`, `/v1beta`, `/v1internal`): raw bodies,
 * every error in the caller's protocol.
 */
export const proxyRoutes: FastifyPluginAsync<{ handle: HandleProxyRequest; newRequestId: () => string }> = async (
  app,
  { handle, newRequestId },
) => {
  // no per-request pino child: the proxy never logs through request.log, it writes its own
  // access line (with the request id) when a request settles
  app.setChildLoggerFactory((logger) => logger);
  // bodies stay unread until the pipeline has checked the key (read-body step)
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  for (const route of PROXY_ROUTES) {
    if (prefixOfRoute(route.url) === app.prefix) registerRoute(app, handle, route, newRequestId);
  }

  // more specific than the console's SPA fallback, so unknown proxy paths answer in protocol
  app.all('/*', (request, reply) => {
    reply.hijack();
    const protocol = protocolOfPath(pathOf(request.url), request.headers);
    sendGatewayError(reply.raw, protocol, unknownEndpoint(request), newRequestId());
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const tooLarge = error.statusCode === 413;
    const gatewayError = new GatewayError(tooLarge ? 'request_too_large' : 'internal');
    reply.hijack();
    sendGatewayError(reply.raw, protocolOfPath(pathOf(request.url), request.headers), gatewayError, newRequestId());
  });
};
