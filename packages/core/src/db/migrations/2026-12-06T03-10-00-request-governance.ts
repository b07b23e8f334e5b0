import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Request governance: filters that rewrite requests before they go upstream, sensitive words that
 * refuse them, per-provider overrides and client version rules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request_filters')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('scope', 'text', (col) =>
      col.notNull().check(sql`scope in ('global', 'provider', 'provider_group', 'user_group')`),
    )
    .addColumn('scope_value', 'text')
    .addColumn('target', 'text', (col) => col.notNull().check(sql`target in ('header', 'body')`))
    .addColumn('action', 'text', (col) => col.notNull().check(sql`action in ('set', 'remove')`))
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('value', 'jsonb')
    .addColumn('value_encrypted', 'text')
    .addColumn('secret', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('sensitive_words')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('pattern', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('word', 'regex')`))
    .addColumn('scope_group', 'text')
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('provider_overrides')
    .addColumn('provider_id', 'text', (col) => col.primaryKey().references('providers.id').onDelete('cascade'))
    .addColumn('settings', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('client_version_rules')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client', 'text', (col) => col.notNull())
    .addColumn('min_version', 'text')
    .addColumn('blocked_versions', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('scope_group', 'text')
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['client_version_rules', 'provider_overrides', 'sensitive_words', 'request_filters']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
