import { GatewayError, PROXY_ROUTES, type ProxyRoute, prefixOfRoute, protocolOfPath } from '@cch/core';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { type HandleProxyRequest, serveProxyRoute } from './front-door.js';
import { pathOf } from './inbound-request.js';
import { sendGatewayError } from './send-gateway-error.js';

function unknownEndpoint(request: FastifyRequest): GatewayError {
  return new GatewayError('not_found', { message: `Unknown endpoint ${request.method} ${pathOf(request.url)}.` });
}

function registerRoute(app: FastifyInstance, handle: HandleProxyRequest, route: ProxyRoute, newId: () => string) {
  app.route({
    method: route.method,
    url: route.url.slice(app.prefix.length),
    handler: async (request, reply) => {
      reply.hijack();
      await serveProxyRoute(route, request.raw, reply.raw, request.ip, { handle, newRequestId: newId });
    },
  });
}

/**
 * The client-facing proxy context for one prefix (`/v1`, `/v1beta`, `/v1internal`): raw bodies,
 * every error in the caller's protocol. Ordinary proxy requests on a listening server are taken
 * ahead of this by the front door (front-door.ts); these routes serve the rest, and `inject`.
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
