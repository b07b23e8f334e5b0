import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { limitHeapGrowth } from './lifecycle/limit-heap-growth.js';
import { startBackgroundJobs } from './jobs/start-background-jobs.js';
import { createLogger } from './logger.js';
import { createNotificationChecksJob } from './notifications/notification-checks-job.js';
import { createRuntime } from './runtime.js';
import { resolveSecrets } from './secrets.js';
import { createProbeJob } from './status/probe-job.js';

/** The built console: beside dist/ in the production bundle (scripts/build-bundle.sh), else in the repository. */
function defaultConsoleDir(): string {
  const dist = dirname(fileURLToPath(import.meta.url));
  const bundled = resolve(dist, '../console');
  return existsSync(join(bundled, 'index.html')) ? bundled : resolve(dist, '../../console/dist');
}

/** How long cut requests get to write their error and settle before their connections are closed. */
const CUT_SETTLE_MS = 3_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  limitHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const logger = createLogger(config.LOG_LEVEL);
  const secrets = await resolveSecrets({
    adminToken: config.ADMIN_TOKEN,
    encryptionKey: config.ENCRYPTION_KEY,
    dataDir: config.DATA_DIR,
    onGenerated: (name, value, path) => {
      if (name === 'admin-token') {
        process.stdout.write(`\n  Admin token (shown once, kept in ${path}):\n\n    ${value}\n\n`);
      } else {
        logger.warn({ path }, 'generated an encryption key for provider secrets; back it up (or set ENCRYPTION_KEY)');
      }
    },
  });
  const runtime = await createRuntime(config, { logger, secrets });
  const app = await buildApp(runtime, {
    consoleDir: config.SERVE_CONSOLE ? config.CONSOLE_DIR || defaultConsoleDir() : null,
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(
    { database: runtime.dbKind, store: runtime.store.kind, dataDir: resolve(config.DATA_DIR) },
    'claude-code-hub ready',
  );
  const jobs = startBackgroundJobs(runtime, runtime.prices);
  const notificationChecks = createNotificationChecksJob(runtime);
  const probeJob = createProbeJob(runtime);

  let closing = false;
  /**
   * Shutdown, in this order:
   * 1. stop accepting: `app.close()` closes the listener; requests in progress go on;
   * 2. running requests get up to SHUTDOWN_GRACE_MS to finish; after that each still running is
   *    cut: a stream ends with its protocol's error event, a request still waiting for its
   *    provider is answered 503, and each settles and queues its log row like any failed request
   *    (connections left open after CUT_SETTLE_MS are closed);
   * 3. once every request has settled (its log row is queued), background jobs stop;
   * 4. `runtime.drain()`: the request log writes what it holds (LOG_DRAIN_TIMEOUT_MS at most) and
   *    spills the rest to DATA_DIR, replayed on the next start;
   * 5. `runtime.close()`: caches, pools, the store and the database.
   */
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: no new connections, letting running requests finish');
    const cutRunning = setTimeout(() => {
      logger.warn({ running: runtime.inFlight.size }, 'grace period over: cutting the requests still running');
      runtime.inFlight.cut();
      void runtime.inFlight.whenIdle(CUT_SETTLE_MS).then(() => app.server.closeAllConnections());
    }, config.SHUTDOWN_GRACE_MS);
    cutRunning.unref();
    await app.close();
    clearTimeout(cutRunning);
    if (!(await runtime.inFlight.whenIdle(CUT_SETTLE_MS))) {
      logger.error({ running: runtime.inFlight.size }, 'requests still unsettled at shutdown');
    }
    await Promise.all([jobs.stop(), notificationChecks.stop(), probeJob?.stop()]);
    const spilled = await runtime.drain();
    await runtime.close();
    logger.info({ spilledLogRows: spilled }, 'bye');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `claude-code-hub failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
