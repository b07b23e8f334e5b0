import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { RequestFilterRule } from '../../governance/request-filters/request-filter.js';
import type { Database } from '../schema.js';
import type { RequestFiltersTable } from '../request-governance-tables.js';
import { toNullableJson } from '../to-json.js';

export type RequestFilterFields = Omit<RequestFilterRule, 'id' | 'createdAt' | 'updatedAt'>;

type Row = Selectable<RequestFiltersTable>;

function toRule(row: Row, box: SecretBox): RequestFilterRule {
  const { valueEncrypted, value, ...fields } = row;
  const plain: unknown = valueEncrypted === null ? value : JSON.parse(box.decrypt(valueEncrypted));
  return { ...fields, value: fields.action === 'remove' ? null : plain };
}

/** The value columns: a secret value sealed, any other as JSON; none for `remove`. */
function valueColumns(fields: RequestFilterFields, box: SecretBox) {
  const value = fields.action === 'remove' ? null : fields.value;
  if (fields.secret && value !== null && value !== undefined) {
    return { value: null, valueEncrypted: box.encrypt(JSON.stringify(value)) };
  }
  return { value: toNullableJson(value), valueEncrypted: null };
}

function columns(fields: RequestFilterFields, box: SecretBox) {
  const { value: _value, ...plain } = fields;
  return { ...plain, ...valueColumns(fields, box) };
}

/** Every filter, in the order they run. */
export async function listRequestFilters(db: Kysely<Database>, box: SecretBox): Promise<RequestFilterRule[]> {
  const rows = await db.selectFrom('requestFilters').selectAll().orderBy('position').orderBy('createdAt').execute();
  return rows.map((row) => toRule(row, box));
}

export async function getRequestFilter(
  db: Kysely<Database>,
  box: SecretBox,
  id: string,
): Promise<RequestFilterRule | undefined> {
  const row = await db.selectFrom('requestFilters').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRule(row, box);
}

export async function createRequestFilter(
  db: Kysely<Database>,
  box: SecretBox,
  fields: RequestFilterFields,
): Promise<RequestFilterRule> {
  const row = await db
    .insertInto('requestFilters')
    .values({ id: randomUUID(), ...columns(fields, box) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRule(row, box);
}

export async function updateRequestFilter(
  db: Kysely<Database>,
  box: SecretBox,
  id: string,
  fields: RequestFilterFields,
): Promise<RequestFilterRule | undefined> {
  const row = await db
    .updateTable('requestFilters')
    .set({ ...columns(fields, box), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toRule(row, box);
}

export async function deleteRequestFilter(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('requestFilters').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
