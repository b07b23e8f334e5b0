import type { LogWriter, NewRequestLog } from '@cch/core';
import type { Logger } from 'pino';
import type { RequestLogFiles } from './request-log-files.js';

/**
 * Shutdown's last step for the request log: stops the writer (one more try to write, bounded by
 * `timeoutMs`) and spills what is still unwritten to a file under DATA_DIR for the next start.
 * Returns how many rows were spilled.
 */
export async function drainRequestLogs(
  writer: LogWriter<NewRequestLog>,
  files: RequestLogFiles,
  options: { logger: Logger; timeoutMs: number },
): Promise<number> {
  const { logger } = options;
  const rest = await writer.close(options.timeoutMs);
  if (rest.length === 0) return 0;
  try {
    const file = await files.spill(rest);
    if (file) {
      logger.warn({ rows: rest.length, file }, 'database unreachable at shutdown: request log rows spilled to a file');
      return rest.length;
    }
    logger.error(
      { rows: rest.length },
      'database unreachable at shutdown and no data directory: request log rows lost',
    );
  } catch (error) {
    logger.error({ rows: rest.length, err: String(error) }, 'request log rows could not be spilled at shutdown: lost');
  }
  return 0;
}

/**
 * Start-up: hands the rows spilled by earlier runs to the writer and waits for one flush. The
 * file is deleted once its rows are in the writer's care (a database that fails again keeps them
 * queued, and the next shutdown spills them again).
 */
export async function replaySpilledRequestLogs(
  writer: LogWriter<NewRequestLog>,
  files: RequestLogFiles,
  logger: Logger,
): Promise<number> {
  let replayed = 0;
  await files.replaySpills(async ({ rows, invalid }, file) => {
    const before = writer.stats();
    for (const row of rows) writer.enqueue(row);
    await writer.flush();
    const after = writer.stats();
    replayed += rows.length;
    logger.info(
      {
        file,
        rows: rows.length,
        written: after.written - before.written,
        setAside: after.rejected - before.rejected,
        stillQueued: after.queued,
        unreadableLines: invalid,
      },
      'request log rows spilled at the last shutdown replayed',
    );
  });
  return replayed;
}
