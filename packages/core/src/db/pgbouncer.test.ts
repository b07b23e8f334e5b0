import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutable } from '../testing/child-servers.js';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database.js';
import { PGBOUNCER_MISSING, type PgBouncer, startPgBouncer } from '../testing/start-pgbouncer.js';
import { createDatabase, type DatabaseHandle } from './create-database.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';
import { describeStorageContract } from './storage-contract.js';
import { withoutParallelWorkers } from './without-parallel-workers.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const available = findExecutable('pgbouncer') !== null;
// CI installs pgbouncer (.ci/run); only a developer machine without it skips.
if (serverUrl && !available && process.env.CI) throw new Error(PGBOUNCER_MISSING);

describe.skipIf(!serverUrl || !available)('PostgreSQL through PgBouncer in transaction mode', () => {
  let bouncer: PgBouncer | null = null;
  let contractDb: ScratchDatabase | null = null;
  const through = (database: ScratchDatabase | null) => {
    if (!bouncer || !database) throw new Error('PgBouncer is not running');
    return bouncer.url(database.name);
  };

  beforeAll(async () => {
    [bouncer, contractDb] = await Promise.all([
      startPgBouncer(serverUrl ?? ''),
      createScratchDatabase(serverUrl ?? '', 'pgb'),
    ]);
  });
  afterAll(async () => {
    await bouncer?.stop();
    await contractDb?.drop();
  });

  describeStorageContract('postgres via pgbouncer', () =>
    createDatabase({ databaseUrl: through(contractDb), dataDir: '/unused' }),
  );

  describe('session state', () => {
    let handle: DatabaseHandle | null = null;
    const setting = async (db: Kysely<Database>) =>
      (await sql<{ v: string }>`select current_setting('max_parallel_workers_per_gather') as v`.execute(db)).rows[0]?.v;

    beforeAll(async () => {
      handle = await createDatabase({ databaseUrl: through(contractDb), dataDir: '/unused' });
    });
    afterAll(async () => {
      await handle?.close();
    });

    it('a rollup read runs without parallel workers on any server connection, and leaks nothing', async () => {
      const db = handle?.db;
      if (!db) throw new Error('not connected');
      const serverDefault = await setting(db);
      expect(serverDefault).not.toBe('0'); // otherwise this test proves nothing
      // More reads at once than the pooler has server connections: each transaction carries its own setting.
      const [rollupReads, plainReads] = await Promise.all([
        Promise.all(Array.from({ length: 12 }, () => withoutParallelWorkers(db, setting))),
        Promise.all(Array.from({ length: 12 }, () => setting(db))),
      ]);
      expect(new Set(rollupReads)).toEqual(new Set(['0']));
      expect(new Set(plainReads)).toEqual(new Set([serverDefault]));
    });
  });

  describe('migrations', () => {
    it('leave no lock behind, so the next start and concurrent replicas migrate at once', async () => {
      const fresh = await createScratchDatabase(serverUrl ?? '', 'pgb_migrate');
      const open = () => createDatabase({ databaseUrl: through(fresh), dataDir: '/unused' });
      const handles = await Promise.all([open(), open(), open()]);
      try {
        const first = handles[0]?.db;
        if (!first) throw new Error('not connected');
        // Several server connections in the pool, so consecutive statements meet different ones.
        await Promise.all(Array.from({ length: 8 }, () => sql`select pg_sleep(0.02)`.execute(first)));
        await migrateToLatest(first);
        const locks = await sql<{ n: string }>`select count(*)::text as n from pg_locks
          where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`;
        expect((await locks.execute(first)).rows[0]?.n).toBe('0');
        const again = Promise.all(handles.map((handle) => migrateToLatest(handle.db)));
        const stalled = new Promise((_, reject) =>
          setTimeout(() => reject(new Error('a migrator waited on a lock')), 5_000),
        );
        await expect(Promise.race([again, stalled])).resolves.toEqual([[], [], []]);
      } finally {
        await Promise.all(handles.map((handle) => handle.close()));
        await fresh.drop();
      }
    });
  });
});
