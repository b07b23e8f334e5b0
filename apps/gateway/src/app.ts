import Fastify, { LogController } from 'fastify';
import { adminRoutes } from './admin/admin-routes.js';
import { consoleRoutes } from './plugins/console.js';
import { healthRoutes } from './plugins/health.js';
import { metricsRoutes } from './plugins/metrics.js';
import { createProxyHandler } from './proxy/create-proxy-handler.js';
import type { PriceBook } from './proxy/price-book.js';
import { PROXY_PREFIXES } from './proxy/endpoint-routes.js';
import { proxyRoutes } from './proxy/routes.js';
import type { Runtime } from './runtime.js';

export interface AppOptions {
  prices: PriceBook;
  /** Built console to serve at `/`; null to serve none. */
  consoleDir: string | null;
}

/** The whole HTTP surface as sibling contexts: health, metrics, proxy (/v1, /v1beta, /v1internal), admin (/admin), console (/). */
export async function buildApp(runtime: Runtime, options: AppOptions) {
  const app = Fastify({
    loggerInstance: runtime.logger,
    // The proxy writes its own access line (with provider, tokens and cost) when a request settles.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: runtime.config.TRUST_PROXY,
    genReqId: runtime.newRequestId,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: false,
    return503OnClosing: false,
  });
  const handle = createProxyHandler(runtime, options.prices);
  await app.register(healthRoutes, { runtime });
  await app.register(metricsRoutes, { runtime });
  for (const prefix of PROXY_PREFIXES) await app.register(proxyRoutes, { prefix, handle, newRequestId: runtime.newRequestId });
  await app.register(adminRoutes, { prefix: '/admin', runtime, prices: options.prices });
  await app.register(consoleRoutes, { consoleDir: options.consoleDir });
  return app;
}
