import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. Schema changes get a new
// migration next to it. It runs without CamelCasePlugin, so every name here is the SQL name.

type Table<T extends string> = CreateTableBuilder<T, never>;

function withTimestamps<T extends string>(table: Table<T>): Table<T> {
  return table
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`));
}

async function createProviders(db: Kysely<unknown>): Promise<void> {
  const table = db.schema
    .createTable('providers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('base_url', 'text', (col) => col.notNull())
    .addColumn('api_key_encrypted', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('weight', 'integer', (col) => col.notNull())
    .addColumn('priority', 'integer', (col) => col.notNull())
    .addColumn('groups', 'jsonb', (col) => col.notNull())
    .addColumn('cost_multiplier', 'numeric', (col) => col.notNull().defaultTo(1))
    .addColumn('model_redirects', 'jsonb', (col) => col.notNull())
    .addColumn('allowed_models', 'jsonb', (col) => col.notNull())
    .addColumn('allowed_clients', 'jsonb', (col) => col.notNull())
    .addColumn('blocked_clients', 'jsonb', (col) => col.notNull())
    .addColumn('active_hours', 'jsonb')
    .addColumn('proxy_url', 'text')
    .addColumn('proxy_fallback_to_direct', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('custom_headers', 'jsonb', (col) => col.notNull())
    .addColumn('timeouts', 'jsonb', (col) => col.notNull())
    .addColumn('retry_budget', 'integer', (col) => col.notNull())
    .addColumn('circuit_breaker', 'jsonb', (col) => col.notNull())
    .addColumn('concurrency_limit', 'integer')
    .addColumn('limits', 'jsonb', (col) => col.notNull())
    .addColumn('accepted_formats', 'jsonb', (col) => col.notNull());
  await withTimestamps(table).execute();
}

async function createUsersAndKeys(db: Kysely<unknown>): Promise<void> {
  const users = db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('admin', 'user')`))
    .addColumn('group', 'text')
    .addColumn('limits', 'jsonb', (col) => col.notNull())
    .addColumn('allowed_models', 'jsonb', (col) => col.notNull())
    .addColumn('allowed_clients', 'jsonb', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('tags', 'jsonb', (col) => col.notNull());
  await withTimestamps(users).execute();

  const keys = db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('key_prefix', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('limits', 'jsonb', (col) => col.notNull())
    .addColumn('group', 'text')
    .addColumn('console_access', 'boolean', (col) => col.notNull().defaultTo(false));
  await withTimestamps(keys).execute();
  await db.schema.createIndex('api_keys_user_id_idx').on('api_keys').column('user_id').execute();
}

async function createModelPrices(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_prices')
    .addColumn('model', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('builtin', 'synced', 'manual')`))
    .addColumn('prices', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

async function createRequestLogs(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('request_logs')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('request_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text')
    .addColumn('key_id', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('session_id', 'text')
    .addColumn('protocol', 'text', (col) => col.notNull())
    .addColumn('endpoint', 'text', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('requested_model', 'text', (col) => col.notNull())
    .addColumn('upstream_model', 'text')
    .addColumn('billed_model', 'text')
    .addColumn('status_code', 'integer', (col) => col.notNull())
    .addColumn('error_class', 'text')
    .addColumn('error_message', 'text')
    .addColumn('duration_ms', 'integer', (col) => col.notNull())
    .addColumn('ttfb_ms', 'integer')
    .addColumn('is_stream', 'boolean', (col) => col.notNull());
  for (const kind of ['input', 'output', 'cache_read', 'cache_write_5m', 'cache_write_1h', 'reasoning']) {
    table = table.addColumn(`${kind}_tokens`, 'integer', (col) => col.notNull().defaultTo(0));
  }
  await table
    .addColumn('cost_usd', sql`numeric(20, 10)`, (col) => col.notNull().defaultTo(0))
    .addColumn('cost_breakdown', 'jsonb', (col) => col.notNull())
    .addColumn('cost_multiplier', 'numeric', (col) => col.notNull().defaultTo(1))
    .addColumn('decision_chain', 'jsonb', (col) => col.notNull())
    .addColumn('candidate_counts', 'jsonb', (col) => col.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('client_ip', 'text')
    .addColumn('request_body', 'text')
    .addColumn('response_body', 'text')
    .execute();

  const index = (name: string) => db.schema.createIndex(`request_logs_${name}_idx`).on('request_logs');
  await index('created_at').expression(sql`created_at desc`).execute();
  await index('user_id_created_at').columns(['user_id', 'created_at']).execute();
  await index('key_id_created_at').columns(['key_id', 'created_at']).execute();
  await index('provider_id_created_at').columns(['provider_id', 'created_at']).execute();
  await index('session_id').column('session_id').execute();
}

async function createUsageHourly(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('usage_hourly')
    .addColumn('hour', 'timestamptz', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('key_id', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('provider_id', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('model', 'text', (col) => col.notNull().defaultTo(''));
  const counters = [
    'requests',
    'errors',
    'input_tokens',
    'output_tokens',
    'cache_read_tokens',
    'cache_write_5m_tokens',
    'cache_write_1h_tokens',
    'reasoning_tokens',
    'duration_ms_sum',
    'ttfb_ms_sum',
  ];
  for (const name of counters) {
    table = table.addColumn(name, 'bigint', (col) => col.notNull().defaultTo(0));
  }
  await table
    .addColumn('cost_usd', sql`numeric(24, 10)`, (col) => col.notNull().defaultTo(0))
    .addColumn('ttfb_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('usage_hourly_pkey', ['hour', 'user_id', 'key_id', 'provider_id', 'model'])
    .execute();

  for (const dimension of ['user_id', 'key_id', 'provider_id', 'model']) {
    await db.schema
      .createIndex(`usage_hourly_${dimension}_hour_idx`)
      .on('usage_hourly')
      .columns([dimension, 'hour'])
      .execute();
  }
}

async function createSettingsAndAudit(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target_type', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('ip', 'text')
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createProviders(db);
  await createUsersAndKeys(db);
  await createModelPrices(db);
  await createRequestLogs(db);
  await createUsageHourly(db);
  await createSettingsAndAudit(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'audit_log',
    'settings',
    'usage_hourly',
    'request_logs',
    'model_prices',
    'api_keys',
    'users',
    'providers',
  ];
  for (const table of tables) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
