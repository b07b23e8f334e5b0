import type { Database } from '@cch/core';
import { type Kysely, sql } from 'kysely';
import type { CchRow, CchTables } from './map-cch-rows.js';

async function rows(db: Kysely<Database>, query: ReturnType<typeof sql<CchRow>>): Promise<CchRow[]> {
  return (await query.execute(db)).rows;
}

/** Reads what the importer maps from an original Claude Code Hub database; soft-deleted rows are left out. */
export async function readCchTables(db: Kysely<Database>): Promise<CchTables> {
  return {
    providers: await rows(db, sql<CchRow>`select * from providers where deleted_at is null order by id`),
    users: await rows(db, sql<CchRow>`select * from users where deleted_at is null order by id`),
    keys: await rows(db, sql<CchRow>`select * from keys where deleted_at is null order by id`),
    modelPrices: await rows(
      db,
      sql<CchRow>`select distinct on (model_name) * from model_prices order by model_name, created_at desc, id desc`,
    ),
  };
}
