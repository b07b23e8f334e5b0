import { randomUUID } from 'node:crypto';
import {
  type ConfigCache,
  createConfigCache,
  createDatabase,
  createLogWriter,
  createMemoryStore,
  createRedisStore,
  createSecretBox,
  type Database,
  getAllSettings,
  insertRequestLogs,
  listApiKeys,
  listProviders,
  listUsers,
  type LogWriter,
  migrateToLatest,
  type NewRequestLog,
  type SecretBox,
  type StateStore,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createProxyMetrics, type ProxyMetrics } from './metrics/proxy-metrics.js';
import { DispatcherPool } from './proxy/upstream/dispatchers.js';
import type { GatewaySecrets } from './secrets.js';

/** Everything a gateway process holds: storage, caches, pools. Built once, closed on shutdown. */
export interface Runtime {
  config: Config;
  logger: Logger;
  secrets: GatewaySecrets;
  db: Kysely<Database>;
  dbKind: 'postgres' | 'pglite';
  store: StateStore;
  secretBox: SecretBox;
  cache: ConfigCache;
  logWriter: LogWriter<NewRequestLog>;
  dispatchers: DispatcherPool;
  metrics: ProxyMetrics;
  now: () => number;
  random: () => number;
  newRequestId: () => string;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger: Logger;
  secrets: GatewaySecrets;
  now?: () => number;
  random?: () => number;
  /** Tests inject a store (e.g. with a unique Redis prefix). */
  store?: StateStore;
}

function createStore(config: Config, logger: Logger): StateStore {
  if (!config.REDIS_URL) return createMemoryStore();
  return createRedisStore({ url: config.REDIS_URL, prefix: 'cch:', onError: (error) => logger.debug({ err: error.message }, 'redis error') });
}

export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { logger } = options;
  const handle = await createDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrateToLatest(handle.db);
  const store = options.store ?? createStore(config, logger);
  const secretBox = createSecretBox(options.secrets.encryptionKey);
  const db = handle.db;
  const cache = await createConfigCache({
    load: async () => {
      const [providers, users, keys, settings] = await Promise.all([listProviders(db, secretBox), listUsers(db), listApiKeys(db), getAllSettings(db)]);
      return { providers, users, keys, settings };
    },
    store,
    onError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'config reload failed'),
  });
  const logWriter = createLogWriter<NewRequestLog>({
    write: (rows) => insertRequestLogs(db, rows),
    batchSize: config.LOG_BATCH_SIZE,
    flushIntervalMs: config.LOG_FLUSH_INTERVAL_MS,
    maxQueue: config.LOG_QUEUE_MAX,
    onError: (error, queued) => logger.warn({ err: error instanceof Error ? error.message : String(error), queued }, 'request log write failed; rows kept in memory'),
    onDrop: (dropped) => logger.error({ dropped }, 'request log queue full; rows dropped'),
  });
  const dispatchers = new DispatcherPool();
  return {
    config, logger, secrets: options.secrets, db, dbKind: handle.kind, store, secretBox, cache, logWriter, dispatchers,
    metrics: createProxyMetrics(),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    newRequestId: () => `req_${randomUUID().replaceAll('-', '')}`,
    async close() {
      await logWriter.close();
      await cache.close();
      await dispatchers.close();
      await store.close();
      await handle.close();
    },
  };
}
