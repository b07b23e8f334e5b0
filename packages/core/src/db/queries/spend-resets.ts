import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SpendReset {
  kind: 'user' | 'key' | 'provider';
  id: string;
  resetAt: Date;
}

/** Remembers (durably) that an admin reset a subject's spend at `resetAt`; a later reset replaces it. */
export async function recordSpendReset(db: Kysely<Database>, reset: SpendReset): Promise<void> {
  await db
    .insertInto('spendResets')
    .values({ subjectKind: reset.kind, subjectId: reset.id, resetAt: reset.resetAt })
    .onConflict((oc) => oc.columns(['subjectKind', 'subjectId']).doUpdateSet({ resetAt: reset.resetAt }))
    .execute();
}

/** Every subject's last reset. */
export async function listSpendResets(db: Kysely<Database>): Promise<SpendReset[]> {
  const rows = await db.selectFrom('spendResets').selectAll().execute();
  return rows.map((row) => ({ kind: row.subjectKind, id: row.subjectId, resetAt: row.resetAt }));
}
