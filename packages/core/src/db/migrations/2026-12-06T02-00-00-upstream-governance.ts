import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. It runs without CamelCasePlugin.

const ANY = { statuses: [], errorTypes: [], providerIds: [], models: [] };
const NO_OVERRIDE = { status: null, message: null };

/** The error rules shipped switched on; an admin may switch them off or edit them, not delete them. */
const BUILTIN_RULES = [
  {
    id: 'builtin-prompt-too-long',
    name: 'Prompt too long for the context window',
    description: 'Every provider would refuse it too: answer the client at once instead of failing over.',
    priority: 10,
    match: {
      ...ANY,
      pattern:
        'prompt is too long|context[_ ]length[_ ]exceeded|maximum context length|context window' +
        '|input token count .{0,40}exceeds the maximum',
    },
    action: 'answer_now',
  },
  {
    id: 'builtin-content-policy',
    name: 'Content-policy refusal',
    description: 'A refusal for the content itself: answer the client at once instead of trying every provider.',
    priority: 20,
    match: {
      ...ANY,
      pattern: 'content[_ ]?(?:policy|filter)|safety system|blocked by (?:the )?(?:content|safety)',
    },
    action: 'answer_now',
  },
  {
    id: 'builtin-thinking-signature',
    name: 'Invalid thinking signature',
    description:
      'History carries thinking blocks signed by another account: strip them and retry once on the same provider.',
    priority: 30,
    match: {
      ...ANY,
      statuses: [400],
      pattern: 'invalid\\W+signature\\W+in\\W+thinking\\W+block|thinking\\.signature: field required',
    },
    action: 'rectify_signature',
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('error_rules')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('priority', 'integer', (col) => col.notNull())
    .addColumn('match', 'jsonb', (col) => col.notNull())
    .addColumn('action', 'text', (col) =>
      col.notNull().check(sql`action in ('fail_over', 'answer_now', 'rectify_signature')`),
    )
    .addColumn('counts_for_breaker', 'boolean')
    .addColumn('override', 'jsonb', (col) => col.notNull())
    .addColumn('builtin', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db
    .insertInto('error_rules' as never)
    .values(
      BUILTIN_RULES.map((rule) => ({
        ...rule,
        match: JSON.stringify(rule.match),
        override: JSON.stringify(NO_OVERRIDE),
        counts_for_breaker: false,
        builtin: true,
      })) as never,
    )
    .execute();
  await db.schema
    .createTable('rectifier_switches')
    .addColumn('rectifier', 'text', (col) => col.notNull())
    // '' is the setting for every provider without its own
    .addColumn('provider_id', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('rectifier_switches_pkey', ['rectifier', 'provider_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rectifier_switches').ifExists().execute();
  await db.schema.dropTable('error_rules').ifExists().execute();
}
