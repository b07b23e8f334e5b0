import type { Kysely } from 'kysely';
import type { AuditLogRow, Database } from '../schema.js';
import { toNullableJson } from '../to-json.js';
import { clampPageSize, toPage, type Page } from './to-page.js';

export type AuditLogRecord = AuditLogRow;

export interface NewAuditLogEntry {
  actor: string;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The resource before and after the change (secrets already redacted by the caller). */
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export interface ListAuditLogOptions {
  /** Default 50, at most 500. */
  limit?: number;
  /** Only entries with an id below this one (the previous page's `nextCursor`). */
  cursor?: number | null;
  actor?: string;
  /** An action, or the prefix before its dot ("provider" matches "provider.update"). */
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export type AuditLogPage = Page<AuditLogRecord>;

export async function insertAuditLog(db: Kysely<Database>, entry: NewAuditLogEntry): Promise<AuditLogRecord> {
  return db
    .insertInto('auditLog')
    .values({
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: toNullableJson(entry.before),
      after: toNullableJson(entry.after),
      ip: entry.ip ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Newest first, paginated by id, narrowed by the given filters. */
export async function listAuditLog(db: Kysely<Database>, options: ListAuditLogOptions = {}): Promise<AuditLogPage> {
  const limit = clampPageSize(options.limit);
  let query = db
    .selectFrom('auditLog')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (options.cursor != null) query = query.where('id', '<', options.cursor);
  if (options.actor !== undefined) query = query.where('actor', '=', options.actor);
  const action = options.action;
  if (action !== undefined) {
    query = query.where((eb) => eb.or([eb('action', '=', action), eb('action', 'like', `${escapeLike(action)}.%`)]));
  }
  if (options.targetType !== undefined) query = query.where('targetType', '=', options.targetType);
  if (options.targetId !== undefined) query = query.where('targetId', '=', options.targetId);
  if (options.from !== undefined) query = query.where('createdAt', '>=', options.from);
  if (options.to !== undefined) query = query.where('createdAt', '<', options.to);
  const rows = await query.execute();
  return toPage(rows, limit);
}

/** `text` matched literally inside a LIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
