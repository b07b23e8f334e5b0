import { InFlightRequests } from '../../src/lifecycle/in-flight-requests.js';
import { createConfigCache, createLogWriter, insertRequestLogs, type NewRequestLog, type StateStore } from '@cch/core';
import { buildApp } from '../../src/app.js';
import { loadConfigSnapshot } from '../../src/load-config-snapshot.js';
import { DispatcherPool } from '../../src/upstream/dispatchers.js';
import { createRuntimeSettings } from '../../src/settings/runtime-settings.js';
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
    load: () => loadConfigSnapshot(db, secretBox, base.logger),
    store,
  });
  const logWriter = createLogWriter<NewRequestLog>({
    write: (rows) => insertRequestLogs(db, rows),
    batchSize: 50,
    flushIntervalMs: 20,
    maxQueue: 1000,
  });
  const dispatchers = new DispatcherPool();
  const runtime: Runtime = {
    ...base,
    store,
    cache,
    logWriter,
    dispatchers,
    inFlight: new InFlightRequests(),
    settings: createRuntimeSettings(base.config, () => cache.current()),
    async close() {
      await logWriter.close();
      await cache.close();
      await dispatchers.close();
      await store.close();
    },
  };
  const app = await buildApp(runtime, { consoleDir: null });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    runtime,
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}
