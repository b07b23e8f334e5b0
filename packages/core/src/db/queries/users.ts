import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NO_LIMITS, type Limits } from '../../domain/limits.js';
import type { User, UserRole } from '../../domain/user.js';
import type { Database, UserRow, UserRowUpdate } from '../schema.js';
import { toJson } from '../to-json.js';
import { pickDefined, pickDefinedAsJson } from './pick-defined.js';

export interface CreateUserInput {
  name: string;
  note?: string;
  role?: UserRole;
  group?: string | null;
  limits?: Limits;
  allowedModels?: string[];
  allowedClients?: string[];
  enabled?: boolean;
  expiresAt?: Date | null;
  tags?: string[];
}

export type UpdateUserInput = Partial<CreateUserInput>;

function toUser(row: UserRow): User {
  return { ...row };
}

function toRowUpdate(input: UpdateUserInput): UserRowUpdate {
  return {
    ...pickDefined(input, ['name', 'note', 'role', 'group', 'enabled', 'expiresAt']),
    ...pickDefinedAsJson(input, ['limits', 'allowedModels', 'allowedClients', 'tags']),
  };
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('createdAt').orderBy('id').execute();
  return rows.map(toUser);
}

export async function getUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function createUser(db: Kysely<Database>, input: CreateUserInput): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      id: randomUUID(),
      name: input.name,
      note: input.note ?? '',
      role: input.role ?? 'user',
      group: input.group ?? null,
      limits: toJson(input.limits ?? NO_LIMITS),
      allowedModels: toJson(input.allowedModels ?? []),
      allowedClients: toJson(input.allowedClients ?? []),
      enabled: input.enabled ?? true,
      expiresAt: input.expiresAt ?? null,
      tags: toJson(input.tags ?? []),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** Returns the updated user, or undefined when it does not exist. */
export async function updateUser(db: Kysely<Database>, id: string, input: UpdateUserInput): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({ ...toRowUpdate(input), updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toUser(row);
}

/** Deletes the user and, by cascade, their keys. Returns whether a row was deleted. */
export async function deleteUser(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
