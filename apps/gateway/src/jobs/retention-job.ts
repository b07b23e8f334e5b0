import { type Database, deleteOldRequestBodies, deleteOldRequestLogs, recordJobRun, retentionCutoff } from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createIntervalJob, type IntervalJob } from './create-interval-job.js';

export interface RetentionJobOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** Read at each run (a runtime setting); 0 keeps logs forever and the run does nothing. */
  retentionDays: () => number;
  /** Days stored bodies are kept (a runtime setting of its own, at least 1). */
  bodyRetentionDays: () => number;
  now: () => number;
  /** Default hourly. */
  intervalMs?: number;
  /** Delay before the first run after start. Default 60 s, so startup is not slowed. */
  initialDelayMs?: number;
  batchSize?: number;
  pauseMs?: number;
}

/** The job_runs row the retention job writes after every run (read by GET /admin/data/retention). */
export const RETENTION_JOB = 'retention';

export interface RetentionRunDetails {
  /** ISO instant; null when retention was off (0 days) for that run. */
  cutoff: string | null;
  removed: number;
  complete: boolean;
}

async function purgeBodies(options: RetentionJobOptions, logger: Logger, signal: AbortSignal): Promise<void> {
  const before = retentionCutoff(options.now(), options.bodyRetentionDays());
  const result = await deleteOldRequestBodies(options.db, {
    before,
    signal,
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
    ...(options.pauseMs !== undefined && { pauseMs: options.pauseMs }),
  });
  if (result.deleted > 0) logger.info({ ...result, before: before.toISOString() }, 'old stored bodies deleted');
}

/**
 * Deletes stored bodies older than `bodyRetentionDays`, then request logs older than
 * `retentionDays`, in small batches; rollups are kept.
 */
export function createRetentionJob(options: RetentionJobOptions): IntervalJob {
  const logger = options.logger.child({ job: 'retention' });
  return createIntervalJob({
    name: 'retention',
    intervalMs: options.intervalMs ?? 3_600_000,
    initialDelayMs: options.initialDelayMs ?? 60_000,
    onError: (error) =>
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'request log retention failed; retrying next run',
      ),
    async run(signal) {
      await purgeBodies(options, logger, signal);
      const days = options.retentionDays();
      const started = options.now();
      const record = (details: RetentionRunDetails) =>
        recordJobRun(options.db, RETENTION_JOB, new Date(started), { ...details });
      if (days <= 0) return record({ cutoff: null, removed: 0, complete: true });
      const before = retentionCutoff(started, days);
      const result = await deleteOldRequestLogs(options.db, {
        before,
        signal,
        ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
        ...(options.pauseMs !== undefined && { pauseMs: options.pauseMs }),
      });
      await record({ cutoff: before.toISOString(), removed: result.deleted, complete: result.complete });
      if (result.deleted > 0)
        logger.info(
          { ...result, before: before.toISOString(), ms: options.now() - started },
          'old request logs deleted',
        );
    },
  });
}
