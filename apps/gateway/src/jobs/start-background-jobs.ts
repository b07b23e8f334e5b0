import { CONFIG_CHANNEL } from '@cch/core';
import { PRICES_CHANGED, type PriceBook } from '../pricing/price-book.js';
import type { Runtime } from '../runtime.js';
import { notifyPriceSyncFailed } from '../notifications/price-sync-events.js';
import type { IntervalJob } from './create-interval-job.js';
import { createPriceSyncJob } from './price-sync-job.js';
import { createRetentionJob } from './retention-job.js';

export interface BackgroundJobs {
  jobs: readonly IntervalJob[];
  stop(): Promise<void>;
}

/**
 * Starts what the config enables: the scheduled price sync (PRICE_SYNC_INTERVAL_HOURS > 0) and
 * request-log retention (always scheduled: each run reads the live retention setting, 0 keeps logs).
 * Timers are unref'd; `stop` waits for running jobs.
 */
export function startBackgroundJobs(
  runtime: Pick<Runtime, 'config' | 'db' | 'logger' | 'store' | 'now' | 'settings'> &
    Partial<Pick<Runtime, 'notifier'>>,
  prices: Pick<PriceBook, 'reload'>,
): BackgroundJobs {
  const { config, db, logger } = runtime;
  const jobs: IntervalJob[] = [];
  if (config.PRICE_SYNC_INTERVAL_HOURS > 0 && config.PRICE_SYNC_URL.trim() !== '') {
    jobs.push(
      createPriceSyncJob({
        db,
        logger,
        source: config.PRICE_SYNC_URL,
        intervalHours: config.PRICE_SYNC_INTERVAL_HOURS,
        // every replica reloads on the message; this one reloads directly when the store is unreachable
        onPricesChanged: () => runtime.store.publish(CONFIG_CHANNEL, PRICES_CHANGED).catch(() => prices.reload()),
        ...(runtime.notifier && {
          onFailed: notifyPriceSyncFailed(runtime.notifier, config.PRICE_SYNC_URL, runtime.now),
        }),
      }),
    );
  }
  const retentionDays = () => runtime.settings.current().logRetentionDays;
  const bodyRetentionDays = () => runtime.settings.current().bodyRetentionDays;
  jobs.push(createRetentionJob({ db, logger, retentionDays, bodyRetentionDays, now: runtime.now }));
  if (jobs.length > 0) logger.info({ jobs: jobs.map((job) => job.name) }, 'background jobs started');
  return {
    jobs,
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
