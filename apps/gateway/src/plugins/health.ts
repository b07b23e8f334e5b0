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

/** The request log's backlog; `stuck` once writes have failed for longer than LOG_STUCK_AFTER_MS. */
function requestLogState(runtime: Runtime) {
  const stats = runtime.logWriter.stats();
  const failingMs = stats.failingSince === null ? 0 : runtime.now() - stats.failingSince;
  return {
    stuck: failingMs > runtime.config.LOG_STUCK_AFTER_MS,
    queued: stats.queued,
    oldestAgeMs: stats.oldestAgeMs,
    failingForMs: failingMs,
    lastError: stats.failingSince === null ? null : stats.lastError,
    rejected: stats.rejected,
    dropped: stats.dropped,
  };
}

/** The shared store as the proxy sees it: `serving: 'fail-open'` while it is skipped or failing. */
function storeState(runtime: Runtime) {
  const health = runtime.storeHealth();
  if (!health) return { kind: runtime.store.kind, serving: 'normal' as const };
  return {
    kind: runtime.store.kind,
    serving:
      health.state === 'closed' && health.consecutiveFailures === 0 ? ('normal' as const) : ('fail-open' as const),
    breaker: health.state,
    consecutiveFailures: health.consecutiveFailures,
    timeouts: health.timeouts,
    skipped: health.skipped,
    lastError: health.lastError,
  };
}

/**
 * `/healthz`: the process is up, with the shared store's state. `/readyz`: the database answers
 * and the request log is not stuck. A slow or unreachable store does not make a replica unready:
 * the proxy serves fail-open, and every replica shares the same store, so a load balancer
 * draining on it would drain them all.
 */
export const healthRoutes: FastifyPluginAsync<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.get('/healthz', async () => ({ status: 'ok', store: storeState(runtime) }));
  app.get('/readyz', async (_request, reply) => {
    const [database, store] = await Promise.all([
      check(() => pingDatabase(runtime.db)),
      check(() => runtime.store.ping()),
    ]);
    const requestLog = requestLogState(runtime);
    const ready = database.ok && !requestLog.stuck;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      database: { kind: runtime.dbKind, ...database },
      store: { ...storeState(runtime), ...store, requiredForReadiness: false },
      requestLog,
    });
  });
};
