import {
  createConfigCache, createLogWriter, getAllSettings, insertRequestLogs, listApiKeys, listProviders, listUsers, type NewRequestLog, type StateStore,
} from '@cch/core';
import { buildApp } from '../../src/app.js';
import { createPriceBook } from '../../src/proxy/price-book.js';
import { DispatcherPool } from '../../src/proxy/upstream/dispatchers.js';
import type { Runtime } from '../../src/runtime.js';
import type { GatewayHarness } from './gateway-harness.js';

export interface Replica {
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/**
 * A second gateway "process" for `primary`: its own config cache, price book, log writer,
 * connection pools and store connection, sharing only the database (as replicas share
 * PostgreSQL) and the given store (a Redis connection on the same prefix).
 */
export async function startReplica(primary: GatewayHarness, store: StateStore): Promise<Replica> {
  const base = primary.runtime;
  const { db, secretBox } = base;
  const cache = await createConfigCache({
    load: async () => {
      const [providers, users, keys, settings] = await Promise.all([listProviders(db, secretBox), listUsers(db), listApiKeys(db), getAllSettings(db)]);
      return { providers, users, keys, settings };
    },
    store,
  });
  const logWriter = createLogWriter<NewRequestLog>({ write: (rows) => insertRequestLogs(db, rows), batchSize: 50, flushIntervalMs: 20, maxQueue: 1000 });
  const dispatchers = new DispatcherPool();
  const runtime: Runtime = {
    ...base, store, cache, logWriter, dispatchers,
    async close() {
      await logWriter.close();
      await cache.close();
      await dispatchers.close();
      await store.close();
    },
  };
  const prices = await createPriceBook(runtime);
  const app = await buildApp(runtime, { prices, consoleDir: null });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, runtime,
    async close() {
      await app.close();
      await prices.close();
      await runtime.close();
    },
  };
}
