import type { PublicStatus } from '@cch/contract';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Runtime } from '../runtime.js';
import { buildPublicStatus } from '../status/public-status.js';
import { renderStatusHtml } from '../status/status-html.js';
import { readStatusPageConfig } from '../status/status-page-config.js';

/** The page has no script and loads nothing: only its inline style. */
const STATUS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A public page must not cost a database scan per visitor: one build per replica at most this often. */
const FRESH_MS = 30_000;

/**
 * The public status page (`/status`, `/status.json`): no login, off until an admin enables it
 * (404 until then). Registered beside the console so the SPA fallback never answers these paths.
 */
export const statusRoutes: FastifyPluginAsync<{ runtime: Runtime }> = async (app, { runtime }) => {
  let memo: { key: string; at: number; status: Promise<PublicStatus> } | null = null;

  const current = (): Promise<PublicStatus> | null => {
    const snapshot = runtime.cache.current();
    const config = readStatusPageConfig(snapshot.settings);
    if (!config.enabled) return null;
    const key = `${snapshot.version}`;
    const now = Date.now();
    if (memo && memo.key === key && now - memo.at < FRESH_MS) return memo.status;
    const status = buildPublicStatus(runtime, config, snapshot.providers);
    memo = { key, at: now, status };
    status.catch(() => {
      if (memo?.status === status) memo = null;
    });
    return memo.status;
  };

  const notFound = (reply: FastifyReply) => reply.code(404).type('application/json').send({ error: 'not found' });

  app.route({
    method: ['GET', 'HEAD'],
    url: '/status.json',
    async handler(_request, reply) {
      const status = current();
      if (!status) return notFound(reply);
      return reply.header('cache-control', 'public, max-age=30').send(await status);
    },
  });

  app.route({
    method: ['GET', 'HEAD'],
    url: '/status',
    async handler(_request, reply) {
      const status = current();
      if (!status) return notFound(reply);
      const html = renderStatusHtml(await status);
      return reply
        .header('cache-control', 'public, max-age=30')
        .header('content-security-policy', STATUS_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .type('text/html; charset=utf-8')
        .send(html);
    },
  });
};
