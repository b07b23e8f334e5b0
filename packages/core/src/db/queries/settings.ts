import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { toJson } from '../to-json.js';

/** The stored JSON value, or undefined when the setting was never written. */
export async function getSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Inserts or replaces one setting. */
export async function setSetting(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const json = toJson(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updatedAt: new Date() }))
    .execute();
}

export async function getAllSettings(db: Kysely<Database>): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).orderBy('key').execute();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Removes a stored setting (its default applies again); removing an absent one is a no-op. */
export async function deleteSetting(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', key).execute();
}
