import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

interface Failure {
  name: string;
  error: unknown;
}

/**
 * The static migrations, each noting its own failure: inside one transaction a failed statement
 * aborts it, and the migrator's unlock then fails too and would hide the first error.
 */
function providerNotingFailures(set: Record<string, Migration>, failures: Failure[]): MigrationProvider {
  const noted = Object.entries(set).map(([name, migration]) => {
    const up = async (db: Kysely<unknown>) => {
      try {
        await migration.up(db);
      } catch (error) {
        failures.push({ name, error });
        throw error;
      }
    };
    return [name, { ...migration, up }] as const;
  });
  return { getMigrations: () => Promise.resolve(Object.fromEntries(noted)) };
}

/** Serializes concurrent migrators (replicas starting together); any constant only we use. */
const MIGRATION_LOCK_ID = 7_215_396_004_118_223n;

/** Thrown inside the transaction so a failed run rolls back; carries the migrator's report out. */
class RolledBack extends Error {
  constructor(readonly resultSet: MigrationResultSet) {
    super('migration failed');
  }
}

/**
 * Everything in one transaction: a transaction-level advisory lock (COMMIT releases it), then
 * Kysely's migrator given that transaction, so its own session-level lock and unlock run on the
 * same connection too. Left to itself the migrator locks, migrates and unlocks in separate round
 * trips; behind PgBouncer in transaction mode those can meet different server connections, and a
 * lock left held on one would stall the next start (a restart, another replica) for an hour.
 */
async function runInOneTransaction(db: Kysely<Database>, set: Record<string, Migration>): Promise<MigrationResultSet> {
  const failures: Failure[] = [];
  const provider = providerNotingFailures(set, failures);
  const report = (resultSet: MigrationResultSet): MigrationResultSet => {
    const [first] = failures;
    if (!first) return resultSet;
    return { error: first.error, results: [{ migrationName: first.name, direction: 'Up', status: 'Error' }] };
  };
  try {
    return await db
      .withoutPlugins()
      .transaction()
      .execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(trx);
        const resultSet = await new Migrator({ db: trx, provider }).migrateToLatest();
        if (resultSet.error !== undefined) throw new RolledBack(resultSet);
        return resultSet;
      });
  } catch (error) {
    return report(error instanceof RolledBack ? error.resultSet : { error });
  }
}

/**
 * Applies every pending migration (idempotent), all or none. Migrations see SQL names: they run
 * without the CamelCasePlugin. Returns the names applied by this call; throws
 * {@link MigrationError} naming the failed migration. `set` is for tests.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  set: Record<string, Migration> = migrations,
): Promise<string[]> {
  const { error, results = [] } = await runInOneTransaction(db, set);
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed === undefined
        ? `Database migration failed: ${detail}`
        : `Database migration "${failed}" failed: ${detail}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
