import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClientVersionRuleRecord } from '../../governance/client-versions/client-version-rule.js';
import type { Database } from '../schema.js';
import { toJson } from '../to-json.js';

export type ClientVersionRuleFields = Omit<ClientVersionRuleRecord, 'id' | 'createdAt' | 'updatedAt'>;

function columns(fields: ClientVersionRuleFields) {
  return { ...fields, blockedVersions: toJson(fields.blockedVersions) };
}

export async function listClientVersionRules(db: Kysely<Database>): Promise<ClientVersionRuleRecord[]> {
  return db.selectFrom('clientVersionRules').selectAll().orderBy('createdAt').orderBy('id').execute();
}

export async function getClientVersionRule(
  db: Kysely<Database>,
  id: string,
): Promise<ClientVersionRuleRecord | undefined> {
  return db.selectFrom('clientVersionRules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function createClientVersionRule(db: Kysely<Database>, fields: ClientVersionRuleFields) {
  return db
    .insertInto('clientVersionRules')
    .values({ id: randomUUID(), ...columns(fields) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateClientVersionRule(db: Kysely<Database>, id: string, fields: ClientVersionRuleFields) {
  return db
    .updateTable('clientVersionRules')
    .set({ ...columns(fields), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteClientVersionRule(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('clientVersionRules').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
