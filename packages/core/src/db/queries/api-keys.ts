import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NO_LIMITS, type Limits } from '../../domain/limits.js';
import type { ApiKey } from '../../domain/user.js';
import type { ApiKeyRow, ApiKeyRowUpdate, Database } from '../schema.js';
import { toJson } from '../to-json.js';
import { pickDefined, pickDefinedAsJson } from './pick-defined.js';

/** The caller generates the plaintext key and passes only its hash and display prefix. */
export interface CreateApiKeyInput {
  userId: string;
  name: string;
  keyHash: string;
  keyPrefix: string;
  enabled?: boolean;
  expiresAt?: Date | null;
  limits?: Limits;
  group?: string | null;
  consoleAccess?: boolean;
}

export type UpdateApiKeyInput = Partial<
  Pick<CreateApiKeyInput, 'name' | 'enabled' | 'expiresAt' | 'limits' | 'group' | 'consoleAccess'>
>;

function toApiKey(row: ApiKeyRow): ApiKey {
  return { ...row };
}

function toRowUpdate(input: UpdateApiKeyInput): ApiKeyRowUpdate {
  return {
    ...pickDefined(input, ['name', 'enabled', 'expiresAt', 'group', 'consoleAccess']),
    ...pickDefinedAsJson(input, ['limits']),
  };
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKey[]> {
  const rows = await db.selectFrom('apiKeys').selectAll().orderBy('createdAt').orderBy('id').execute();
  return rows.map(toApiKey);
}

export async function listApiKeysByUser(db: Kysely<Database>, userId: string): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('apiKeys')
    .selectAll()
    .where('userId', '=', userId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(toApiKey);
}

/**
 * When each of a user's keys last made a request, read from the request log (so only within
 * its retention); keys without a logged request are absent. One index lookup per key, newest first.
 */
export async function keysLastUsedAt(db: Kysely<Database>, userId: string): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('apiKeys')
    .select((eb) => [
      'apiKeys.id',
      eb
        .selectFrom('requestLogs')
        .select('requestLogs.createdAt')
        .whereRef('requestLogs.keyId', '=', 'apiKeys.id')
        .orderBy('requestLogs.createdAt', 'desc')
        .limit(1)
        .as('lastUsedAt'),
    ])
    .where('apiKeys.userId', '=', userId)
    .execute();
  const lastUsed = new Map<string, Date>();
  for (const row of rows) if (row.lastUsedAt) lastUsed.set(row.id, new Date(row.lastUsedAt));
  return lastUsed;
}

export async function getApiKey(db: Kysely<Database>, id: string): Promise<ApiKey | undefined> {
  const row = await db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toApiKey(row);
}

/** Looks a key up by the sha256 hex of the presented key (see `hashApiKey`). */
export async function getApiKeyByHash(db: Kysely<Database>, keyHash: string): Promise<ApiKey | undefined> {
  const row = await db.selectFrom('apiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst();
  return row && toApiKey(row);
}

export async function createApiKey(db: Kysely<Database>, input: CreateApiKeyInput): Promise<ApiKey> {
  const row = await db
    .insertInto('apiKeys')
    .values({
      id: randomUUID(),
      userId: input.userId,
      name: input.name,
      keyHash: input.keyHash,
      keyPrefix: input.keyPrefix,
      enabled: input.enabled ?? true,
      expiresAt: input.expiresAt ?? null,
      limits: toJson(input.limits ?? NO_LIMITS),
      group: input.group ?? null,
      consoleAccess: input.consoleAccess ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApiKey(row);
}

/** Returns the updated key, or undefined when it does not exist. */
export async function updateApiKey(
  db: Kysely<Database>,
  id: string,
  input: UpdateApiKeyInput,
): Promise<ApiKey | undefined> {
  const row = await db
    .updateTable('apiKeys')
    .set({ ...toRowUpdate(input), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toApiKey(row);
}

export async function deleteApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('apiKeys').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
