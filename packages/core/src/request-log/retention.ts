import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface DeleteOldRequestLogsOptions {
  /** Rows created before this instant are deleted. */
  before: Date;
  /** Rows per DELETE statement; small so each statement holds its locks briefly. Default 5,000. */
  batchSize?: number;
  /** Pause between statements, so vacuum, replication and live writes keep up. Default 200 ms. */
  pauseMs?: number;
  /** Stop after this many statements (the next run continues). Default: until done. */
  maxBatches?: number;
  /** Aborting stops between statements; the current one finishes. */
  signal?: AbortSignal;
}

export interface RetentionResult {
  deleted: number;
  batches: number;
  /** False when stopped by the signal or `maxBatches` before every old row was gone. */
  complete: boolean;
}

export const DEFAULT_RETENTION_BATCH = 5_000;
const DEFAULT_PAUSE_MS = 200;
const DAY_MS = 86_400_000;

/** The instant before which request logs are past a retention of `days` days. */
export function retentionCutoff(now: number, days: number): Date {
  return new Date(now - days * DAY_MS);
}

/** Tables with an id and a `created_at` that retention trims. */
export type AgedTable = 'requestLogs' | 'requestBodies';

/**
 * One statement: deletes up to `limit` rows older than `before`, chosen by id through the
 * `created_at` index. `skip locked` lets two replicas run retention at once without waiting.
 */
async function deleteBatch(db: Kysely<Database>, table: AgedTable, before: Date, limit: number): Promise<number> {
  const result = await db
    .deleteFrom(table)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom(table)
        .select('id')
        .where('createdAt', '<', before)
        .orderBy('createdAt')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many request logs were created before `before`: what a purge would remove. */
export async function countRequestLogsBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const row = await db
    .selectFrom('requestLogs')
    .select((eb) => eb.fn.countAll<number | string>().as('rows'))
    .where('createdAt', '<', before)
    .executeTakeFirstOrThrow();
  return Number(row.rows);
}

async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return;
  await sleep(ms, undefined, signal ? { signal } : {}).catch(() => undefined);
}

/**
 * Deletes request logs older than `before` in small batches by id with a pause between them —
 * never one large DELETE, so the table is not locked for long and the WAL stays small.
 * Hourly rollups are left alone: statistics outlive the raw log.
 */
export function deleteOldRequestLogs(
  db: Kysely<Database>,
  options: DeleteOldRequestLogsOptions,
): Promise<RetentionResult> {
  return deleteOldRows(db, 'requestLogs', options);
}

/** Stored request and response bodies older than `before`, in the same small batches. */
export function deleteOldRequestBodies(
  db: Kysely<Database>,
  options: DeleteOldRequestLogsOptions,
): Promise<RetentionResult> {
  return deleteOldRows(db, 'requestBodies', options);
}

async function deleteOldRows(
  db: Kysely<Database>,
  table: AgedTable,
  options: DeleteOldRequestLogsOptions,
): Promise<RetentionResult> {
  const batchSize = options.batchSize ?? DEFAULT_RETENTION_BATCH;
  const pauseMs = options.pauseMs ?? DEFAULT_PAUSE_MS;
  let deleted = 0;
  let batches = 0;
  for (;;) {
    if (options.signal?.aborted) return { deleted, batches, complete: false };
    const count = await deleteBatch(db, table, options.before, batchSize);
    deleted += count;
    batches += 1;
    if (count < batchSize) return { deleted, batches, complete: true };
    if (options.maxBatches !== undefined && batches >= options.maxBatches) return { deleted, batches, complete: false };
    await pause(pauseMs, options.signal);
  }
}
