import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startBackgroundJobs } from './jobs/start-background-jobs.js';
import { createLogger } from './logger.js';
import { createPriceBook } from './proxy/price-book.js';
import { createRuntime } from './runtime.js';
import { resolveSecrets } from './secrets.js';

function defaultConsoleDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../console/dist');
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
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
  const prices = await createPriceBook(runtime);
  const app = await buildApp(runtime, { prices, consoleDir: config.SERVE_CONSOLE ? config.CONSOLE_DIR || defaultConsoleDir() : null });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ database: runtime.dbKind, store: runtime.store.kind, dataDir: join(process.cwd(), config.DATA_DIR) }, 'claude-code-hub ready');
  const jobs = startBackgroundJobs(runtime, prices);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: no new connections, letting running streams finish');
    const force = setTimeout(() => app.server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
    force.unref();
    await jobs.stop();
    await app.close();
    await prices.close();
    await runtime.close();
    logger.info('bye');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`claude-code-hub failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
