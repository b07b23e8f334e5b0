import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. It runs without CamelCasePlugin.

/** The last run of each background job (e.g. request-log retention): when, and what it did. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job_runs')
    .addColumn('job', 'text', (col) => col.primaryKey())
    .addColumn('ran_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_runs').ifExists().execute();
}
