import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeAccountsContract } from './contract/accounts-contract.js';
import { truncateAll } from './contract/contract-fixtures.js';
import { describeRecordsContract } from './contract/records-contract.js';
import { describeRequestLogContract } from './contract/request-log-contract.js';
import { describeTypesContract } from './contract/types-contract.js';
import type { DatabaseHandle } from './create-database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

/**
 * The storage behaviour every backend must share. `makeDb` opens a fresh, empty database;
 * the suite migrates it, empties the tables before each test and closes it at the end.
 */
export function describeStorageContract(name: string, makeDb: () => Promise<DatabaseHandle>): void {
  describe(`storage contract: ${name}`, () => {
    let handle: DatabaseHandle | undefined;
    let firstRun: string[] = [];
    const getDb = () => {
      if (!handle) throw new Error('The storage contract database is not open.');
      return handle.db;
    };

    beforeAll(async () => {
      handle = await makeDb();
      firstRun = await migrateToLatest(handle.db);
    });
    afterAll(async () => {
      await handle?.close();
    });
    beforeEach(async () => {
      await truncateAll(getDb());
    });

    describe('migrations', () => {
      it('apply every migration on an empty database', () => {
        expect(firstRun).toEqual(Object.keys(migrations).sort());
      });

      it('are idempotent on a second run', async () => {
        await expect(migrateToLatest(getDb())).resolves.toEqual([]);
        await expect(getDb().selectFrom('requestLogs').select('id').execute()).resolves.toEqual([]);
      });
    });

    describeAccountsContract(getDb);
    describeRecordsContract(getDb);
    describeRequestLogContract(getDb);
    describeTypesContract(getDb);
  });
}
