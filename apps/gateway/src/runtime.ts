import { randomUUID } from 'node:crypto';
import {
  type ConfigCache,
  createConfigCache,
  createDatabase,
  createGuardedStore,
  createMemoryStore,
  createRedisStore,
  createSecretBox,
  type Database,
  isRedisOutage,
  type LogWriter,
  migrateToLatest,
  type NewRequestLog,
  createRetryBudget,
  type RetryBudget,
  type SecretBox,
  type StateStore,
  type StoreHealth,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createProxyMetrics, type ProxyMetrics } from './metrics/proxy-metrics.js';
import { createLimitService, type LimitService } from './limits/limit-service.js';
import { createSpendCountersSync, type SpendCountersSync } from './limits/spend-counters-sync.js';
import { createPriceBook, type PriceBook } from './pricing/price-book.js';
import { createRequestLogWriter } from './request-log/create-request-log-writer.js';
import { createRequestLogFiles, type RequestLogFiles } from './request-log/request-log-files.js';
import { createBodyWriter } from './bodies/create-body-writer.js';
import type { PendingBodies } from './bodies/pending-bodies.js';
import { InFlightRequests } from './lifecycle/in-flight-requests.js';
import { drainRequestLogs, replaySpilledRequestLogs } from './request-log/spill-request-logs.js';
import { DispatcherPool } from './upstream/dispatchers.js';
import { loadConfigSnapshot } from './load-config-snapshot.js';
import { createProviderHealthCache, type ProviderHealthCache } from './upstream/provider-health-cache.js';
import type { GatewaySecrets } from './secrets.js';
import { createRuntimeSettings, type RuntimeSettingsReader } from './settings/runtime-settings.js';
import { createNotifier, type Notifier } from './notifications/notifier.js';

/** Everything a gateway process holds: storage, caches, pools. Built once, closed on shutdown. */
export interface Runtime {
  config: Config;
  logger: Logger;
  secrets: GatewaySecrets;
  db: Kysely<Database>;
  dbKind: 'postgres' | 'pglite';
  store: StateStore;
  /** The shared store's breaker (Redis only; null for the in-process store). */
  storeHealth: () => StoreHealth | null;
  secretBox: SecretBox;
  cache: ConfigCache;
  logWriter: LogWriter<NewRequestLog>;
  /** Stored request and response bodies (body storage on), batched like the log. */
  bodyWriter: LogWriter<PendingBodies>;
  /** DATA_DIR/request-log: rows set aside (refused) and spilled (unwritten at shutdown). */
  logFiles: RequestLogFiles;
  dispatchers: DispatcherPool;
  /** Provider breakers and cooldowns in memory, dropped on every replica when one changes. */
  providerHealth: ProviderHealthCache;
  /** Prices in memory (built-in table overlaid by the database's rows), reloaded on change. */
  prices: PriceBook;
  /** The one limit service of the process: proxy admission, admin usage readout, metrics. */
  limits: LimitService;
  /** Gateway-wide cap on upstream retries while many requests fail. */
  retryBudget: RetryBudget;
  /** Rebuilds spend counters from the ledger when the state store lost them (checked every few seconds). */
  spendCounters: SpendCountersSync;
  metrics: ProxyMetrics;
  /** Settings an admin changes live (database over `.env`), from the config cache. */
  settings: RuntimeSettingsReader;
  /** Webhook notifications: targets, the delivery queue, once-per-occurrence and cooldown claims. */
  notifier: Notifier;
  /** Proxy requests in flight: shutdown waits for them to settle and cuts them after its grace period. */
  inFlight: InFlightRequests;
  now: () => number;
  random: () => number;
  newRequestId: () => string;
  /**
   * Shutdown, once no request can add a log row any more: writes what the request log still
   * holds (bounded by LOG_DRAIN_TIMEOUT_MS) and spills the rest to DATA_DIR for the next start.
   * Returns the number of rows spilled. Idempotent; `close()` drains first if nobody did.
   */
  drain(): Promise<number>;
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
  return createRedisStore({
    connection: config.REDIS_URL,
    prefix: 'cch:',
    onError: (error) => logger.debug({ err: error.message }, 'redis error'),
  });
}

/** Longest a replica serves its copy of the provider breakers and cooldowns without a change message. */
const PROVIDER_HEALTH_MAX_AGE_MS = 250;

/** How often each replica checks (one GET) that the store still holds its spend counters. */
const SPEND_COUNTERS_CHECK_MS = 2_000;

/**
 * A Redis store behind short timeouts and a breaker, so a slow or frozen Redis costs a request
 * at most STORE_TIMEOUT_MS (a few requests, until the breaker opens) instead of seconds.
 */
async function guardStore(raw: StateStore, config: Config, logger: Logger) {
  if (raw.kind !== 'redis') return { store: raw, storeHealth: () => null };
  // the first connection handshake may take longer than a command should: wait for it once, here
  await raw.ping().catch(() => undefined);
  const store = createGuardedStore(raw, {
    timeoutMs: config.STORE_TIMEOUT_MS,
    failureThreshold: config.STORE_BREAKER_FAILURES,
    openMs: config.STORE_BREAKER_OPEN_MS,
    now: Date.now, // wall-clock outage timing, even when tests fake the business clock
    isOutage: isRedisOutage,
    onChange: (state, lastError) =>
      state === 'closed'
        ? logger.warn('state store answering again: limits, sessions and breakers use it')
        : logger.warn({ state, err: lastError }, 'state store slow or unreachable: skipped, serving fail-open'),
  });
  return { store, storeHealth: () => store.health() };
}

export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const handle = await createDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrateToLatest(handle.db);
  const { store, storeHealth } = await guardStore(options.store ?? createStore(config, logger), config, logger);
  const secretBox = createSecretBox(options.secrets.encryptionKey);
  const db = handle.db;
  const cache = await createConfigCache({
    load: () => loadConfigSnapshot(db, secretBox, logger),
    store,
    onError: (error) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'config reload failed'),
  });
  const logFiles = createRequestLogFiles(config.DATA_DIR);
  const logWriter = createRequestLogWriter({ db, config, logger, files: logFiles, now });
  await replaySpilledRequestLogs(logWriter, logFiles, logger);
  const bodyWriter = createBodyWriter({ db, config, logger, now });
  let drained: Promise<number> | null = null;
  const drain = () => {
    drained ??= drainRequestLogs(logWriter, logFiles, { logger, timeoutMs: config.LOG_DRAIN_TIMEOUT_MS });
    return drained;
  };
  const dispatchers = new DispatcherPool();
  const providerHealth = await createProviderHealthCache({ store, maxAgeMs: PROVIDER_HEALTH_MAX_AGE_MS, now });
  const prices = await createPriceBook({ db, store, logger });
  const settings = createRuntimeSettings(config, () => cache.current());
  const timeZone = () => settings.current().timeZone;
  const limits = createLimitService({
    store,
    cache,
    logger,
    now,
    timeZone,
    sessionTtlMs: () => settings.current().sessionTtlSeconds * 1000,
  });
  const spendCounters = createSpendCountersSync({
    store,
    db,
    cache,
    logger,
    now,
    timeZone,
    flushLogs: () => logWriter.flush(),
    intervalMs: SPEND_COUNTERS_CHECK_MS,
  });
  await spendCounters.check();
  spendCounters.start();
  const notifier = await createNotifier({
    db,
    store,
    secretBox,
    logger,
    now,
    timeZone,
    maxAttempts: config.NOTIFY_MAX_ATTEMPTS,
    retryBaseMs: config.NOTIFY_RETRY_BASE_MS,
  });
  return {
    config,
    logger,
    secrets: options.secrets,
    db,
    dbKind: handle.kind,
    store,
    storeHealth,
    secretBox,
    cache,
    logWriter,
    bodyWriter,
    logFiles,
    dispatchers,
    providerHealth,
    prices,
    limits,
    retryBudget: createRetryBudget({
      ratio: config.RETRY_BUDGET_PERCENT / 100,
      minConcurrent: config.RETRY_BUDGET_MIN,
    }),
    spendCounters,
    metrics: createProxyMetrics(),
    settings,
    notifier,
    inFlight: new InFlightRequests(),
    now,
    random: options.random ?? Math.random,
    newRequestId: () => `req_${randomUUID().replaceAll('-', '')}`,
    drain,
    async close() {
      await spendCounters.stop();
      await notifier.close();
      await drain();
      const unwritten = await bodyWriter.close(config.LOG_DRAIN_TIMEOUT_MS);
      if (unwritten.length > 0) logger.warn({ bodies: unwritten.length }, 'stored bodies not written before shutdown');
      await prices.close();
      await cache.close();
      await dispatchers.close();
      await providerHealth.close();
      await store.close();
      await handle.close();
    },
  };
}
