import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeAccountsContract } from './contract/accounts-contract.js';
import { truncateAll } from './contract/contract-fixtures.js';
import { describeCostReportContract } from './contract/cost-report-contract.js';
import { describeLedgerSpendContract } from './contract/ledger-spend-contract.js';
import { describeRecordsContract } from './contract/records-contract.js';
import { describeRequestLogContract } from './contract/request-log-contract.js';
import { describeRequestLogRejectsContract } from './contract/request-log-rejects-contract.js';
import { describeSessionsBodiesContract } from './contract/sessions-bodies-contract.js';
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

      it('apply all or nothing, naming the migration that failed and why', async () => {
        const withBroken = {
          ...migrations,
          '9999-01-01T00-00-00-probe': {
            up: (db: Kysely<unknown>) => db.schema.createTable('probe').addColumn('id', 'integer').execute(),
          },
          '9999-01-02T00-00-00-broken': {
            up: async (db: Kysely<unknown>) => void (await sql`select 1 / 0`.execute(db)),
          },
        };
        await expect(migrateToLatest(getDb(), withBroken)).rejects.toThrow(
          /migration "9999-01-02T00-00-00-broken" failed: division by zero/,
        );
        const probe = await sql<{ found: string | null }>`select to_regclass('probe')::text as found`.execute(getDb());
        expect(probe.rows[0]?.found).toBeNull();
        await expect(migrateToLatest(getDb())).resolves.toEqual([]);
      });
    });

    describeAccountsContract(getDb);
    describeRecordsContract(getDb);
    describeRequestLogContract(getDb);
    describeRequestLogRejectsContract(getDb);
    describeLedgerSpendContract(getDb);
    describeTypesContract(getDb);
    describeCostReportContract(getDb);
    describeSessionsBodiesContract(getDb);
  });
}
