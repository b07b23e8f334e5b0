import type { Database } from '@cch/core';
import type { Kysely } from 'kysely';

export type LooseRow = Record<string, unknown>;
/** The database seen table by name, for code that walks every kind through one spec table. */
export type LooseDb = Kysely<Record<string, LooseRow>>;

export function loose(db: Kysely<Database>): LooseDb {
  // same connection and plugins; only the static table typing is widened
  return db as unknown as LooseDb;
}

/** A row as JSON carries it: Dates become ISO strings (the export's and the comparison's form). */
export function plainRow(row: LooseRow): LooseRow {
  return JSON.parse(JSON.stringify(row)) as LooseRow;
}
