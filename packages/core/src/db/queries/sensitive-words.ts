import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SensitiveWordRule } from '../../governance/sensitive-words/sensitive-word.js';
import type { Database } from '../schema.js';

export type SensitiveWordFields = Omit<SensitiveWordRule, 'id' | 'createdAt' | 'updatedAt'>;

export async function listSensitiveWords(db: Kysely<Database>): Promise<SensitiveWordRule[]> {
  return db.selectFrom('sensitiveWords').selectAll().orderBy('createdAt').orderBy('id').execute();
}

export async function getSensitiveWord(db: Kysely<Database>, id: string): Promise<SensitiveWordRule | undefined> {
  return db.selectFrom('sensitiveWords').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function createSensitiveWord(db: Kysely<Database>, fields: SensitiveWordFields) {
  return db
    .insertInto('sensitiveWords')
    .values({ id: randomUUID(), ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSensitiveWord(db: Kysely<Database>, id: string, fields: SensitiveWordFields) {
  return db
    .updateTable('sensitiveWords')
    .set({ ...fields, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteSensitiveWord(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sensitiveWords').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
