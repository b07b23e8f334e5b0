import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { GatewayError } from '@cch/core';
import type { InboundRequest } from './context.js';
import { ENDPOINT_ROUTES, type EndpointRoute, prefixOfRoute } from './endpoint-routes.js';
import type { Endpoint } from './endpoints.js';
import { guessProtocol, sendGatewayError } from './render-error.js';

export type HandleProxyRequest = (endpoint: Endpoint, request: InboundRequest, res: ServerResponse) => Promise<void>;

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

function toInbound(request: FastifyRequest): InboundRequest {
  const agent = request.headers['user-agent'];
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    query: request.query as Record<string, string | undefined>, // Fastify's default querystring parser yields strings
    rawBody: Buffer.isBuffer(request.body) ? request.body : EMPTY,
    clientIp: request.ip,
    userAgent: typeof agent === 'string' ? agent : '',
  };
}

function unknownEndpoint(request: FastifyRequest): GatewayError {
  return new GatewayError('not_found', { message: `Unknown endpoint ${request.method} ${request.url.split('?')[0]}.` });
}

function registerRoute(app: FastifyInstance, handle: HandleProxyRequest, route: EndpointRoute, newRequestId: () => string) {
  app.route({
    method: route.method,
    url: route.url.slice(app.prefix.length),
    handler: async (request, reply) => {
      reply.hijack();
      const endpoint = route.resolve({ url: request.url, headers: request.headers });
      if (!endpoint) return sendGatewayError(reply.raw, route.protocol, unknownEndpoint(request), newRequestId());
      await handle(endpoint, toInbound(request), reply.raw);
    },
  });
}

/**
 * The client-facing proxy context for one prefix (`/v1`, `/v1beta`, `/v1internal`): raw bodies,
 * every error in the caller's protocol.
 */
export const proxyRoutes: FastifyPluginAsync<{ handle: HandleProxyRequest; newRequestId: () => string }> = async (app, { handle, newRequestId }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) => done(null, body));

  for (const route of ENDPOINT_ROUTES) if (prefixOfRoute(route.url) === app.prefix) registerRoute(app, handle, route, newRequestId);

  // more specific than the console's SPA fallback, so unknown proxy paths answer in protocol
  app.all('/*', (request, reply) => {
    reply.hijack();
    sendGatewayError(reply.raw, guessProtocol(request.url, request.headers), unknownEndpoint(request), newRequestId());
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const tooLarge = error.statusCode === 413;
    const gatewayError = new GatewayError(tooLarge ? 'invalid_request' : 'internal', { message: tooLarge ? 'The request body is too large.' : undefined });
    reply.hijack();
    sendGatewayError(reply.raw, guessProtocol(request.url, request.headers), gatewayError, newRequestId());
  });
};
