import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import { pingDatabase } from './ping-database.js';
import type { Database } from './schema.js';
import { describeStorageContract } from './storage-contract.js';
import { withoutParallelWorkers } from './without-parallel-workers.js';

const adminUrl = process.env.TEST_DATABASE_URL;

async function withAdminClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

describe.skipIf(adminUrl === undefined)('PostgreSQL', () => {
  const admin = adminUrl ?? '';
  const database = `cch_test_${randomBytes(6).toString('hex')}`;
  let created = false;

  afterAll(async () => {
    if (created) {
      await withAdminClient(admin, (client) => client.query(`drop database if exists ${database} with (force)`));
    }
  });

  describeStorageContract('postgres', async () => {
    await withAdminClient(admin, (client) => client.query(`create database ${database}`));
    created = true;
    return createDatabase({ databaseUrl: databaseUrl(admin, database), dataDir: '/unused' });
  });

  it('opens a pool without touching the global pg type parsers', async () => {
    const handle = await createDatabase({ databaseUrl: admin, dataDir: '/unused' });
    try {
      expect(handle.kind).toBe('postgres');
      await expect(pingDatabase(handle.db)).resolves.toBeUndefined();
      expect(pg.types.getTypeParser(20, 'text')('42')).toBe('42');
    } finally {
      await handle.close();
    }
  });

  it('turns parallel query off for a rollup read only, leaving no session state behind', async () => {
    const handle = await createDatabase({ databaseUrl: admin, dataDir: '/unused' });
    const setting = async (db: Kysely<Database>) =>
      (await sql<{ v: string }>`select current_setting('max_parallel_workers_per_gather') as v`.execute(db)).rows[0]?.v;
    try {
      const serverDefault = await setting(handle.db);
      expect(await withoutParallelWorkers(handle.db, setting)).toBe('0');
      expect(await setting(handle.db)).toBe(serverDefault);
    } finally {
      await handle.close();
    }
  });
});
