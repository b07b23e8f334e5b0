import type { Kysely } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const staticProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/**
 * Applies every pending migration (idempotent). Migrations see SQL names: they run without the
 * CamelCasePlugin. Returns the names applied by this call; throws {@link MigrationError} on failure.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db: db.withoutPlugins(), provider: staticProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed === undefined ? `Database migration failed: ${detail}` : `Database migration "${failed}" failed: ${detail}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
