import type { Kysely } from 'kysely';
import type { Database, NewRequestBodiesRow, RequestBodiesRow } from '../schema.js';
import { multiRowInsert } from './multi-row-insert.js';

/** A stored-bodies row as written: everything but the generated id. */
export type NewRequestBodies = Required<Omit<NewRequestBodiesRow, 'id' | 'createdAt'>> & { createdAt: Date };
export type RequestBodiesRecord = RequestBodiesRow;

// 12 bind parameters per row.
const INSERT_CHUNK_ROWS = 500;

/** PostgreSQL text holds no NUL character; a body that carries one keeps everything else. */
function text(value: string | null): string | null {
  return value === null || !value.includes('\u0000') ? value : value.replaceAll('\u0000', '');
}

const insertBodies = multiRowInsert<NewRequestBodies>('request_bodies', [
  ['created_at', (row) => row.createdAt],
  ['request_id', (row) => row.requestId],
  ['session_id', (row) => row.sessionId],
  ['protocol', (row) => row.protocol],
  ['request_body', (row) => text(row.requestBody)],
  ['request_bytes', (row) => row.requestBytes],
  ['request_truncated', (row) => row.requestTruncated],
  ['response_body', (row) => text(row.responseBody)],
  ['response_bytes', (row) => row.responseBytes],
  ['response_truncated', (row) => row.responseTruncated],
  ['response_streamed', (row) => row.responseStreamed],
  ['response_assembled', (row) => row.responseAssembled],
]);

/** Writes a batch of stored bodies (one multi-row insert per 500 rows). */
export async function insertRequestBodies(db: Kysely<Database>, rows: readonly NewRequestBodies[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    await db.executeQuery(insertBodies.compile(rows.slice(start, start + INSERT_CHUNK_ROWS)));
  }
}

/** The bodies stored for one request (by the gateway's request id), if any. */
export async function getRequestBodies(
  db: Kysely<Database>,
  requestId: string,
): Promise<RequestBodiesRecord | undefined> {
  return db
    .selectFrom('requestBodies')
    .selectAll()
    .where('requestId', '=', requestId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Which of these requests have stored bodies. */
export async function requestIdsWithBodies(db: Kysely<Database>, requestIds: readonly string[]): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('requestBodies')
    .select('requestId')
    .where('requestId', 'in', [...requestIds])
    .execute();
  return new Set(rows.map((row) => row.requestId));
}
