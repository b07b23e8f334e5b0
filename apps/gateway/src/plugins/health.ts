import type { FastifyPluginAsync } from 'fastify';
import { pingDatabase } from '@cch/core';
import type { Runtime } from '../runtime.js';

async function check(probe: () => Promise<void>): Promise<{ ok: boolean; error?: string }> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'unreachable' };
  }
}

/** `/healthz`: the process is up. `/readyz`: the database and the state store answer. */
export const healthRoutes: FastifyPluginAsync<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const [database, store] = await Promise.all([check(() => pingDatabase(runtime.db)), check(() => runtime.store.ping())]);
    const ready = database.ok && store.ok;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      database: { kind: runtime.dbKind, ...database },
      store: { kind: runtime.store.kind, ...store },
    });
  });
};
