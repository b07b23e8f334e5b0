import { createIntervalJob, type IntervalJob } from '../jobs/create-interval-job.js';
import type { Runtime } from '../runtime.js';
import { sendDueLeaderboards } from './daily-leaderboard.js';
import { checkSpendThresholds } from './spend-thresholds.js';

/** Every NOTIFY_CHECK_INTERVAL_MS: USD thresholds, provider spend limits and leaderboards due. */
export function createNotificationChecksJob(
  runtime: Pick<Runtime, 'config' | 'db' | 'logger' | 'notifier' | 'limits' | 'cache' | 'now' | 'settings'>,
): IntervalJob {
  const { notifier, limits, cache, now, db } = runtime;
  const logger = runtime.logger.child({ job: 'notification-checks' });
  const timeZone = () => runtime.settings.current().timeZone;
  return createIntervalJob({
    name: 'notification-checks',
    intervalMs: runtime.config.NOTIFY_CHECK_INTERVAL_MS,
    onError: (error) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'notification check failed'),
    async run() {
      const results = await Promise.allSettled([
        checkSpendThresholds({ notifier, limits, cache, now }),
        sendDueLeaderboards({ notifier, db, cache, now, timeZone }),
      ]);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  });
}
