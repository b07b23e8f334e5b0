import { type Database, syncPrices, type SyncPricesOptions } from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createIntervalJob, type IntervalJob } from './create-interval-job.js';

const HOUR_MS = 3_600_000;

export interface PriceSyncJobOptions {
  db: Kysely<Database>;
  logger: Logger;
  source: string;
  intervalHours: number;
  /** Delay before the first sync after start. Default 10 s. */
  initialDelayMs?: number;
  /** Tells every replica's price book to reload (after a sync that wrote rows). */
  onPricesChanged: () => Promise<void>;
  fetch?: SyncPricesOptions['fetch'];
  /** Told when a sync fails or is refused (notifications). */
  onFailed?: (reason: string) => void;
}

/** Syncs LiteLLM prices every `intervalHours`; a failed sync changes nothing and is logged with its reason. */
export function createPriceSyncJob(options: PriceSyncJobOptions): IntervalJob {
  const logger = options.logger.child({ job: 'price-sync' });
  return createIntervalJob({
    name: 'price-sync',
    intervalMs: options.intervalHours * HOUR_MS,
    initialDelayMs: options.initialDelayMs ?? 10_000,
    onError: (error) => {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error({ err: reason }, 'price sync failed');
      options.onFailed?.(reason);
    },
    async run() {
      const result = await syncPrices(options.db, {
        source: options.source,
        ...(options.fetch && { fetch: options.fetch }),
      });
      if (!result.ok) {
        logger.warn({ source: options.source, reason: result.reason }, 'price sync refused; prices unchanged');
        options.onFailed?.(result.reason);
        return;
      }
      logger.info(
        { source: options.source, updated: result.updated, skipped: result.skipped, manualKept: result.manualKept },
        'prices synced',
      );
      if (result.updated > 0) await options.onPricesChanged();
    },
  });
}
