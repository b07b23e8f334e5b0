import {
  type Database,
  type NotificationEvent,
  type NotificationMessage,
  type NotificationTargetConfig,
  updateNotificationDelivery,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { PostNotification } from './post-notification.js';

export interface DeliveryJob {
  deliveryId: number;
  target: NotificationTargetConfig;
  event: NotificationEvent;
  subject: string;
  message: NotificationMessage;
}

export interface DeliveryQueueOptions {
  db: Kysely<Database>;
  logger: Logger;
  post: PostNotification;
  maxAttempts: number;
  retryBaseMs: number;
  /** Wall clock for signatures and timestamps (platforms check them against real time). */
  wallClock?: () => number;
}

export interface DeliveryQueue {
  /** Sends in the background: retried with exponential backoff, each attempt recorded on the delivery row. */
  add(job: DeliveryJob): void;
  /** One attempt now, no retry (the test-send button). */
  sendOnce(job: DeliveryJob): Promise<void>;
  /** Resolves once nothing is sending or waiting for a retry. */
  idle(): Promise<void>;
  /** Cancels waiting retries (their rows say so) and waits for attempts in flight. */
  close(): Promise<void>;
}

/** An in-process queue: deliveries never run on a proxy request's path, and never block each other. */
export function createDeliveryQueue(options: DeliveryQueueOptions): DeliveryQueue {
  const { db, logger, post, maxAttempts, retryBaseMs } = options;
  const wallClock = options.wallClock ?? Date.now;
  const waiting = new Map<NodeJS.Timeout, DeliveryJob & { attempts: number; lastError: string }>();
  const sending = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  const settleIdle = () => {
    if (waiting.size > 0 || sending.size > 0) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  const record = (job: DeliveryJob, change: Parameters<typeof updateNotificationDelivery>[2]) =>
    updateNotificationDelivery(db, job.deliveryId, change).catch((error: unknown) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'notification log write failed'),
    );

  async function attempt(job: DeliveryJob, attempts: number, retry: boolean): Promise<void> {
    const verdict = await post({ ...job, now: wallClock() });
    const where = { target: job.target.name, event: job.event.kind, subject: job.subject, attempts };
    if (verdict.ok) {
      await record(job, { status: 'sent', attempts, lastError: null });
      logger.info(where, 'notification sent');
      return;
    }
    if (retry && verdict.retryable && attempts < maxAttempts && !closed) {
      await record(job, { status: 'pending', attempts, lastError: verdict.error });
      const delayMs = retryBaseMs * 2 ** (attempts - 1);
      const timer = setTimeout(() => {
        waiting.delete(timer);
        track(attempt(job, attempts + 1, true));
      }, delayMs);
      timer.unref();
      waiting.set(timer, { ...job, attempts, lastError: verdict.error });
      return;
    }
    await record(job, { status: 'failed', attempts, lastError: verdict.error });
    logger.warn({ ...where, err: verdict.error }, 'notification not delivered');
  }

  function track(running: Promise<void>): Promise<void> {
    sending.add(running);
    return running.finally(() => {
      sending.delete(running);
      settleIdle();
    });
  }

  return {
    add(job) {
      if (closed) return;
      void track(attempt(job, 1, true));
    },
    sendOnce: (job) => track(attempt(job, 1, false)),
    idle() {
      if (waiting.size === 0 && sending.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      const cancelled = [...waiting.entries()];
      waiting.clear();
      for (const [timer, job] of cancelled) {
        clearTimeout(timer);
        await record(job, {
          status: 'failed',
          attempts: job.attempts,
          lastError: `${job.lastError} (retries cancelled: the gateway shut down)`,
        });
      }
      await Promise.allSettled([...sending]);
      settleIdle();
    },
  };
}
