import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, IN_MEMORY_DATA_DIR, type DatabaseHandle } from './create-database.js';
import { migrateToLatest } from './migrate.js';
import { createUser, getUser } from './queries/users.js';
import { describeStorageContract } from './storage-contract.js';

const tempDirs: string[] = [];
async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cch-pglite-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describeStorageContract('pglite in memory', () => createDatabase({ dataDir: IN_MEMORY_DATA_DIR }));
describeStorageContract('pglite on disk', async () => createDatabase({ dataDir: await makeTempDir() }));

describe('pglite on disk', () => {
  it('stores under <dataDir>/pglite and keeps data across close and reopen', async () => {
    const dataDir = await makeTempDir();
    let handle: DatabaseHandle = await createDatabase({ dataDir, databaseUrl: null });
    expect(handle.kind).toBe('pglite');
    await migrateToLatest(handle.db);
    const user = await createUser(handle.db, { name: 'persisted', tags: ['t'] });
    await handle.close();

    expect(await readdir(join(dataDir, 'pglite'))).toContain('PG_VERSION');
    handle = await createDatabase({ dataDir, databaseUrl: '' });
    try {
      await expect(migrateToLatest(handle.db)).resolves.toEqual([]);
      await expect(getUser(handle.db, user.id)).resolves.toEqual(user);
    } finally {
      await handle.close();
    }
  });

  it('runs with buffers sized for an embedded database, on a fresh cluster and after reopening', async () => {
    const dataDir = await makeTempDir();
    for (let open = 0; open < 2; open++) {
      const handle = await createDatabase({ dataDir });
      try {
        const { rows } = await sql<{
          sharedBuffers: string;
        }>`select current_setting('shared_buffers') as shared_buffers`.execute(handle.db);
        expect(rows[0]?.sharedBuffers).toBe('16MB');
      } finally {
        await handle.close();
      }
    }
  });
});
