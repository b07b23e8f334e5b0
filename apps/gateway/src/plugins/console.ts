import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/**
 * The console's page may run only its own scripts, load only its own assets, talk only to its own
 * origin, and never be framed. Styles allow inline: Radix's scroll lock injects a <style> element.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built console at `/` with an SPA fallback, so one URL gives the whole product.
 * Content-hashed assets go out as the build's brotli or gzip copy when the browser takes one,
 * cached for a year; the page itself is revalidated on every load so a new build shows at once.
 * Claude Code probes `HEAD /` before it starts: that answers 200 either way.
 */
export const consoleRoutes: FastifyPluginAsync<{ consoleDir: string | null }> = async (app, { consoleDir }) => {
  const index = consoleDir ? join(consoleDir, 'index.html') : null;
  if (!consoleDir || !index || !existsSync(index)) {
    app.route({
      method: ['GET', 'HEAD'],
      url: '/',
      handler: async () => ({ name: 'claude-code-hub', status: 'ok', console: 'not built' }),
    });
    return;
  }
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-security-policy', CONSOLE_CSP);
      reply.header('x-frame-options', 'DENY');
    }
  });
  await app.register(fastifyStatic, {
    root: consoleDir,
    wildcard: false,
    // `/` is the fallback's (below): with preCompressed, the plugin's own index lookup answers 404
    // to a browser that accepts an encoding the page has no copy in.
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.includes('.') && !path.endsWith('.html')) return reply.code(404).send({ error: 'not found' });
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
};
