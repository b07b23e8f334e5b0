import type { ErrorRule, ErrorRuleMatch, ErrorRuleAction } from '@cch/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ErrorRulesTable } from '../schema.js';
import { toJson } from '../to-json.js';

/** An error rule as stored; dates are Dates (the admin API sends them as ISO strings). */
export type ErrorRuleRecord = Omit<ErrorRule, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

export interface ErrorRuleFields {
  name: string;
  description: string;
  enabled: boolean;
  priority: number;
  match: ErrorRuleMatch;
  action: ErrorRuleAction;
  countsForBreaker: boolean | null;
  override: { status: number | null; message: string | null };
}

function fromRow(row: Selectable<ErrorRulesTable>): ErrorRuleRecord {
  return { ...row };
}

function toRow(fields: Partial<ErrorRuleFields>) {
  const { match, override, ...rest } = fields;
  return {
    ...rest,
    ...(match !== undefined && { match: toJson(match) }),
    ...(override !== undefined && { override: toJson(override) }),
  };
}

/** Every rule, in the order they are tried: priority, then name. */
export async function listErrorRules(db: Kysely<Database>): Promise<ErrorRuleRecord[]> {
  const rows = await db.selectFrom('errorRules').selectAll().orderBy('priority').orderBy('name').execute();
  return rows.map(fromRow);
}

export async function getErrorRule(db: Kysely<Database>, id: string): Promise<ErrorRuleRecord | undefined> {
  const row = await db.selectFrom('errorRules').selectAll().where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

export async function insertErrorRule(
  db: Kysely<Database>,
  id: string,
  fields: ErrorRuleFields,
): Promise<ErrorRuleRecord> {
  const row = await db
    .insertInto('errorRules')
    .values({ id, builtin: false, ...fields, match: toJson(fields.match), override: toJson(fields.override) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

export async function updateErrorRule(
  db: Kysely<Database>,
  id: string,
  fields: Partial<ErrorRuleFields>,
): Promise<ErrorRuleRecord | undefined> {
  const row = await db
    .updateTable('errorRules')
    .set({ ...toRow(fields), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Deletes a rule an admin made; built-in rules are only switched off. */
export async function deleteErrorRule(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('errorRules').where('id', '=', id).where('builtin', '=', false).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
