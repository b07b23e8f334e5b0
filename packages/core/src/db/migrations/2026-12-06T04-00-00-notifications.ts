import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Notification targets (a chat robot or a signed webhook, with the events it wants) and the log
 * of what was sent to each. The URL or bot token and the signing secret are one sealed value.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_targets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('events', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('secret_encrypted', 'text', (col) => col.notNull())
    .addColumn('secret_preview', 'text', (col) => col.notNull())
    .addColumn('has_signing_secret', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('chat_id', 'text')
    .addColumn('api_base_url', 'text')
    .addColumn('cooldown_minutes', 'integer', (col) => col.notNull().defaultTo(10))
    .addColumn('leaderboard_time', 'text', (col) => col.notNull().defaultTo('18:00'))
    .addColumn('leaderboard_size', 'integer', (col) => col.notNull().defaultTo(10))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('target_id', 'text', (col) => col.notNull().references('notification_targets.id').onDelete('cascade'))
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('notification_deliveries_target_id')
    .on('notification_deliveries')
    .columns(['target_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_deliveries').ifExists().execute();
  await db.schema.dropTable('notification_targets').ifExists().execute();
}
