import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
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
}

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
  const pool = new pg.Pool({ connectionString: databaseUrl, types });
  pool.on('error', (error) => options.onIdleClientError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: createPlugins() });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function createPglite(dataDir: string): Promise<DatabaseHandle> {
  let storageDir: string | undefined;
  if (dataDir !== IN_MEMORY_DATA_DIR) {
    storageDir = join(dataDir, 'pglite');
    await mkdir(storageDir, { recursive: true });
  }
  const pglite = new PGlite({ dataDir: storageDir, parsers: { [INT8_OID]: parseInt8 } });
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
