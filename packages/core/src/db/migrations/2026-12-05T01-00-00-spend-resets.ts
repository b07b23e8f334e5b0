import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * When an admin last reset a user's or key's spend ("total since …"). The state store keeps the
 * live counters; this row lets them be rebuilt from the ledger after the store lost them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('spend_resets')
    .addColumn('subject_kind', 'text', (col) => col.notNull().check(sql`subject_kind in ('user', 'key', 'provider')`))
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('reset_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('spend_resets_pkey', ['subject_kind', 'subject_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('spend_resets').ifExists().execute();
}
