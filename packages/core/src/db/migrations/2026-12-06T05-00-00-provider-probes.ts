import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. It runs without CamelCasePlugin.

/** One row per background probe of a provider: outcome and latency, kept for the availability page. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('provider_probes')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('provider_id', 'text', (col) => col.notNull())
    .addColumn('probed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('ok', 'boolean', (col) => col.notNull())
    .addColumn('status', 'integer')
    .addColumn('latency_ms', 'integer', (col) => col.notNull())
    .addColumn('error_class', 'text')
    .addColumn('message', 'text')
    .execute();
  await db.schema
    .createIndex('provider_probes_provider_id_probed_at_idx')
    .on('provider_probes')
    .columns(['provider_id', 'probed_at'])
    .execute();
  await db.schema.createIndex('provider_probes_probed_at_idx').on('provider_probes').column('probed_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('provider_probes').ifExists().execute();
}
