import { createLogWriter, type Database, insertRequestBodies, isRejectedData, type LogWriter } from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { type PendingBodies, toBodiesRow } from './pending-bodies.js';

/**
 * Bodies waiting while the database is away. Each may hold up to twice BODY_STORE_MAX_BYTES, so the
 * queue is kept far shorter than the request log's: bodies are the first thing an outage drops.
 */
const BODY_QUEUE_MAX = 256;

export interface BodyWriterDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'LOG_BATCH_SIZE' | 'LOG_FLUSH_INTERVAL_MS' | 'BODY_STORE_MAX_BYTES'>;
  logger: Logger;
  now: () => number;
}

/**
 * Writes stored bodies in batches off the response path, like the request log; a stream is read
 * back into one answer here, in the background. Rows the database refuses are dropped with their
 * request ids logged (never their contents).
 */
export function createBodyWriter(deps: BodyWriterDeps): LogWriter<PendingBodies> {
  const { logger, config } = deps;
  return createLogWriter<PendingBodies>({
    write: (rows) =>
      insertRequestBodies(
        deps.db,
        rows.map((row) => toBodiesRow(row, config.BODY_STORE_MAX_BYTES)),
      ),
    isRejection: isRejectedData,
    batchSize: Math.min(config.LOG_BATCH_SIZE, 50),
    flushIntervalMs: config.LOG_FLUSH_INTERVAL_MS,
    maxQueue: BODY_QUEUE_MAX,
    now: deps.now,
    onRejected: (rows) =>
      logger.error(
        { rows: rows.length, requestIds: rows.map((row) => row.requestId.slice(0, 100)) },
        'stored bodies refused by the database; dropped',
      ),
    onError: (error, queued) =>
      logger.warn(
        { err: error instanceof Error ? error.message : String(error), queued },
        'stored bodies write failed; kept in memory',
      ),
    onDrop: (dropped) => logger.warn({ dropped }, 'stored bodies queue full; oldest dropped'),
  });
}
