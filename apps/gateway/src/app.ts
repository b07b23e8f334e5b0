import { createServer } from 'node:http';
import { PROXY_PREFIXES } from '@cch/core';
import Fastify, { LogController } from 'fastify';
import { adminRoutes } from './admin/admin-routes.js';
import { handleClientError } from './client-error-handler.js';
import { consoleRoutes } from './plugins/console.js';
import { healthRoutes } from './plugins/health.js';
import { metricsRoutes } from './plugins/metrics.js';
import { statusRoutes } from './plugins/status.js';
import { createProxyHandler } from './proxy/create-proxy-handler.js';
import { createProxyFrontDoor } from './proxy/front-door.js';
import { proxyRoutes } from './proxy/routes.js';
import type { Runtime } from './runtime.js';

/** Fastify's own default, which its server would have had. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

export interface AppOptions {
  /** Built console to serve at `/`; null to serve none. */
  consoleDir: string | null;
}

/**
 * The whole HTTP surface as sibling contexts: health, metrics, proxy (/v1, /v1beta, /v1internal),
 * admin (/admin), console (/).
 */
export async function buildApp(runtime: Runtime, options: AppOptions) {
  const handle = createProxyHandler(runtime);
  const { newRequestId } = runtime;
  const takeProxyRequest = createProxyFrontDoor({ handle, newRequestId, trustProxy: runtime.config.TRUST_PROXY });
  const app = Fastify({
    // proxy traffic skips Fastify's router (front-door.ts); the server keeps Fastify's defaults
    serverFactory: (fastifyHandler) => {
      const server = createServer((req, res) => {
        if (!takeProxyRequest(req, res)) fastifyHandler(req, res);
      });
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      server.requestTimeout = 0;
      server.setTimeout(0);
      return server;
    },
    loggerInstance: runtime.logger,
    // The proxy writes its own access line (with provider, tokens and cost) when a request settles.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: runtime.config.TRUST_PROXY,
    genReqId: runtime.newRequestId,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: false,
    return503OnClosing: false,
    clientErrorHandler: handleClientError,
  });
  await app.register(healthRoutes, { runtime });
  await app.register(metricsRoutes, { runtime });
  for (const prefix of PROXY_PREFIXES) await app.register(proxyRoutes, { prefix, handle, newRequestId });
  await app.register(adminRoutes, { prefix: '/admin', runtime });
  await app.register(statusRoutes, { runtime });
  await app.register(consoleRoutes, { consoleDir: options.consoleDir });
  return app;
}
