import { randomBytes } from 'node:crypto';
import { createDatabase } from '@cch/core';
import { sql } from 'kysely';

export interface TestDatabase {
  /** URL of the new, empty database. */
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the admin database (create/drop database cannot run in a transaction). */
async function onAdmin(adminUrl: string, statement: string): Promise<void> {
  const handle = await createDatabase({ databaseUrl: adminUrl, dataDir: '/unused' });
  try {
    await sql.raw(statement).execute(handle.db);
  } finally {
    await handle.close();
  }
}

/** A uniquely named database on the test server (TEST_DATABASE_URL), dropped by `drop()`. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `cch_test_${randomBytes(6).toString('hex')}`;
  await onAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onAdmin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
