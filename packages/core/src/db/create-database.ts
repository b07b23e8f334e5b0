import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { INT8_OID, parseInt8 } from './parse-int8.js';
import type { Database } from './schema.js';

/** Pass as `dataDir` to keep an embedded database in memory only (tests). */
export const IN_MEMORY_DATA_DIR = ':memory:';

export interface CreateDatabaseOptions {
  /** A PostgreSQL URL; when unset, an embedded PGlite database is used. */
  databaseUrl?: string | null;
  /** PGlite stores its files in `<dataDir>/pglite`; `':memory:'` keeps them in memory. */
  dataDir: string;
  /** Errors of idle pooled connections (e.g. the server restarted); the pool replaces them. */
  onIdleClientError?: (error: Error) => void;
  /**
   * How long opening a PostgreSQL connection may take (default 5 s). Without a bound, a server
   * that accepts TCP but never answers (a dead host behind a proxy) stalls every query forever.
   */
  connectTimeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

function createPlugins() {
  // underscoreBeforeDigits maps cacheWrite5mTokens <-> cache_write_5m_tokens; nested keys
  // are kept so JSON column contents (headers, LiteLLM price fields) are never renamed.
  return [new CamelCasePlugin({ underscoreBeforeDigits: true, maintainNestedObjectKeys: true })];
}

function createPostgres(databaseUrl: string, options: CreateDatabaseOptions): DatabaseHandle {
  // Per-pool overrides: the global pg.types registry is shared with every other pg user.
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, 'text', parseInt8);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    types,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    keepAlive: true,
    // No session state and no startup `options`: the pool must work through PgBouncer in
    // transaction mode, which refuses `options` and gives consecutive statements different server
    // connections. Rollup reads turn parallel query off per transaction (without-parallel-workers.ts).
  });
  pool.on('error', (error) => options.onIdleClientError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: createPlugins() });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * PostgreSQL's defaults (128 MB shared buffers) are sized for a server; the embedded database
 * shares the gateway's process and its workload is small batched inserts and rollup reads.
 */
const PGLITE_CONF = ['shared_buffers = 16MB', 'wal_buffers = 1MB'];

/**
 * Creating a cluster (initdb) grows PGlite's WebAssembly memory to over 600 MB, which a process
 * never gives back; doing it in a short-lived child process keeps the gateway's own footprint to
 * what opening an existing cluster costs.
 */
async function initClusterInChildProcess(storageDir: string): Promise<void> {
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `const { PGlite } = require(${JSON.stringify(pgliteEntry)});
(async () => {
  const db = new PGlite({ dataDir: process.argv[1], postgresqlconf: ${JSON.stringify(PGLITE_CONF)} });
  await db.waitReady;
  await db.close();
})()
  .catch((error) => { console.error(error); process.exit(1); });`;
  await promisify(execFile)(process.execPath, ['-e', script, storageDir], { timeout: 120_000 });
}

/** A fresh cluster, created once per process: in-memory databases start from its dump. */
let freshClusterDump: Promise<Blob> | null = null;

/**
 * In-memory databases (tests) would otherwise each run initdb, 2–6 s of CPU on a 2-core machine;
 * loading the dump of one fresh cluster takes well under a second.
 */
function freshCluster(): Promise<Blob> {
  freshClusterDump ??= (async () => {
    const template = new PGlite({ postgresqlconf: PGLITE_CONF });
    await template.waitReady;
    try {
      return await template.dumpDataDir('none');
    } finally {
      await template.close();
    }
  })().catch((error: unknown) => {
    freshClusterDump = null;
    throw error;
  });
  return freshClusterDump;
}

async function createPglite(dataDir: string): Promise<DatabaseHandle> {
  let storageDir: string | undefined;
  if (dataDir !== IN_MEMORY_DATA_DIR) {
    storageDir = join(dataDir, 'pglite');
    await mkdir(storageDir, { recursive: true });
    if (!existsSync(join(storageDir, 'PG_VERSION'))) await initClusterInChildProcess(storageDir);
  }
  const pglite = new PGlite({
    dataDir: storageDir,
    ...(storageDir === undefined && { loadDataDir: await freshCluster() }),
    parsers: { [INT8_OID]: parseInt8 },
    postgresqlconf: PGLITE_CONF,
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins: createPlugins() });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/** Opens PostgreSQL when `databaseUrl` is set, else the embedded PGlite under `dataDir`. */
export async function createDatabase(options: CreateDatabaseOptions): Promise<DatabaseHandle> {
  const databaseUrl = options.databaseUrl?.trim();
  if (databaseUrl) {
    return createPostgres(databaseUrl, options);
  }
  return createPglite(options.dataDir);
}
