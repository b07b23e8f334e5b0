import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/**
 * Serves the built console at `/` with an SPA fallback, so one URL gives the whole product.
 * Claude Code probes `HEAD /` before it starts: that answers 200 either way.
 */
export const consoleRoutes: FastifyPluginAsync<{ consoleDir: string | null }> = async (app, { consoleDir }) => {
  const index = consoleDir ? join(consoleDir, 'index.html') : null;
  if (!consoleDir || !index || !existsSync(index)) {
    app.route({ method: ['GET', 'HEAD'], url: '/', handler: async () => ({ name: 'claude-code-hub', status: 'ok', console: 'not built' }) });
    return;
  }
  await app.register(fastifyStatic, {
    root: consoleDir,
    wildcard: false,
    index: 'index.html',
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
