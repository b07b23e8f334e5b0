import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. It runs without CamelCasePlugin.

/**
 * Stored request and response bodies (when body storage is on), one row per proxied request, kept
 * apart from the request log: capped in size, purged on a retention of their own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request_bodies')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('request_id', 'text', (col) => col.notNull())
    .addColumn('session_id', 'text')
    .addColumn('protocol', 'text', (col) => col.notNull())
    .addColumn('request_body', 'text')
    .addColumn('request_bytes', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('request_truncated', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('response_body', 'text')
    .addColumn('response_bytes', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('response_truncated', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('response_streamed', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('response_assembled', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('request_bodies_request_id_idx').on('request_bodies').column('request_id').execute();
  await db.schema.createIndex('request_bodies_created_at_idx').on('request_bodies').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('request_bodies').ifExists().execute();
}
