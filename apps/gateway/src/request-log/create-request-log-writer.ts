import {
  createLogWriter,
  type Database,
  insertRequestLogs,
  isRejectedData,
  type LogWriter,
  type NewRequestLog,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { RequestLogFiles } from './request-log-files.js';

export interface RequestLogWriterDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'LOG_BATCH_SIZE' | 'LOG_FLUSH_INTERVAL_MS' | 'LOG_QUEUE_MAX'>;
  logger: Logger;
  files: RequestLogFiles;
  now: () => number;
}

/** What a database error says about a refused row, without any value from the row itself. */
function refusalFacts(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { err: String(error) };
  const pick = (name: string) => (name in error ? Reflect.get(error, name) : undefined);
  return { sqlState: pick('code'), column: pick('column'), constraint: pick('constraint'), kind: pick('name') };
}

/**
 * The gateway's request-log writer: batches into {@link insertRequestLogs}; keeps rows through an
 * outage; sets aside rows the database refuses (into `rejected.jsonl` under DATA_DIR, counted in
 * /metrics, one error line naming their request ids — never their contents) and keeps writing.
 */
export function createRequestLogWriter(deps: RequestLogWriterDeps): LogWriter<NewRequestLog> {
  const { logger, files } = deps;
  return createLogWriter<NewRequestLog>({
    write: (rows) => insertRequestLogs(deps.db, rows),
    isRejection: isRejectedData,
    batchSize: deps.config.LOG_BATCH_SIZE,
    flushIntervalMs: deps.config.LOG_FLUSH_INTERVAL_MS,
    maxQueue: deps.config.LOG_QUEUE_MAX,
    now: deps.now,
    onRejected(rows, error) {
      const requestIds = rows.map((row) => row.requestId.slice(0, 100));
      files.appendRejected(rows).then(
        (file) =>
          logger.error(
            { rows: rows.length, requestIds, ...refusalFacts(error), file },
            'request log row refused by the database; set aside, writing goes on',
          ),
        (fileError: unknown) =>
          logger.error(
            { rows: rows.length, requestIds, ...refusalFacts(error), fileError: String(fileError) },
            'request log row refused by the database and could not be set aside in a file; dropped',
          ),
      );
    },
    onError: (error, queued) =>
      logger.warn(
        { err: error instanceof Error ? error.message : String(error), queued },
        'request log write failed; rows kept in memory',
      ),
    onDrop: (dropped) => logger.error({ dropped }, 'request log queue full; rows dropped'),
  });
}
