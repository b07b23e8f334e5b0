import type { NotificationEventKind } from '@cch/contract';
import {
  type Database,
  formatNotification,
  getNotificationTarget,
  insertNotificationDelivery,
  listNotificationTargets,
  type NotificationDeliveryRecord,
  type NotificationEvent,
  type NotificationTargetConfig,
  pruneNotificationDeliveries,
  type SecretBox,
  type StateStore,
  type SubscribableEvent,
  subjectOf,
} from '@cch/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createDeliveryQueue, type DeliveryJob } from './delivery-queue.js';
import { createPostNotification, type PostNotification } from './post-notification.js';

/** Published when an admin changes a target: every replica reloads its copy. */
export const NOTIFICATION_TARGETS_CHANNEL = 'notification-targets-changed';
/** Deliveries kept per target in the delivery log. */
export const DELIVERIES_KEPT = 100;
const DAY_MS = 86_400_000;
const RELOAD_EVERY_MS = 60_000;

export interface EmitOptions {
  /**
   * Names this occurrence (e.g. when the breaker opened, which budget period): replicas that see
   * the same occurrence send it once.
   */
  occurrence: string;
  /** How long the occurrence is remembered (default a day). */
  occurrenceTtlMs?: number;
  /** Only this target (the leaderboard goes out at each target's own time). */
  targetId?: string;
}

export interface Notifier {
  /**
   * Queues the event for every enabled target subscribed to it: once across replicas per
   * occurrence, at most once per target, event and subject per cooldown. Never throws.
   */
  emit(event: SubscribableEvent, options: EmitOptions): Promise<void>;
  /** Whether an occurrence was already claimed (saves a check its work). */
  wasSent(event: Pick<NotificationEvent, 'kind'>, subject: string, occurrence: string): Promise<boolean>;
  /** Whether any enabled target wants this event. */
  wants(kind: NotificationEventKind): boolean;
  targets(): readonly NotificationTargetConfig[];
  /** A test message to one target now, one attempt; the delivery, or null for an unknown target. */
  sendTest(targetId: string): Promise<NotificationDeliveryRecord | null>;
  /** Reloads the targets here and on every replica (after an admin change). */
  changed(): Promise<void>;
  /** Resolves once every queued delivery has finished (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface NotifierDeps {
  db: Kysely<Database>;
  store: StateStore;
  secretBox: SecretBox;
  logger: Logger;
  now: () => number;
  timeZone: () => string;
  maxAttempts: number;
  retryBaseMs: number;
  post?: PostNotification;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function createNotifier(deps: NotifierDeps): Promise<Notifier> {
  const { db, store, logger } = deps;
  const log = logger.child({ component: 'notifications' });
  const queue = createDeliveryQueue({
    db,
    logger: log,
    post: deps.post ?? createPostNotification({ timeoutMs: 10_000 }),
    maxAttempts: deps.maxAttempts,
    retryBaseMs: deps.retryBaseMs,
  });
  let targets: NotificationTargetConfig[] = [];

  async function reload(): Promise<void> {
    try {
      targets = await listNotificationTargets(db, deps.secretBox);
    } catch (error) {
      log.warn({ err: errorText(error) }, 'notification targets reload failed');
    }
  }
  await reload();
  const unsubscribe = await store
    .subscribe(NOTIFICATION_TARGETS_CHANNEL, () => void reload())
    .catch(() => async () => undefined);
  const timer = setInterval(() => void reload(), RELOAD_EVERY_MS);
  timer.unref();

  /** True for the first caller on any replica; a store outage lets it through (twice beats never). */
  async function claim(key: string, ttlMs: number): Promise<boolean> {
    try {
      return (await store.increment(key, 1, ttlMs)) === 1;
    } catch {
      return true;
    }
  }

  async function enqueue(target: NotificationTargetConfig, event: NotificationEvent, subject: string) {
    const message = formatNotification(event, deps.timeZone());
    const row = await insertNotificationDelivery(db, {
      targetId: target.id,
      event: event.kind,
      subject,
      title: message.title,
    });
    void pruneNotificationDeliveries(db, target.id, DELIVERIES_KEPT).catch(() => undefined);
    const job: DeliveryJob = { deliveryId: row.id, target, event, subject, message };
    return { row, job };
  }

  const onceKey = (kind: string, subject: string, occurrence: string) => `notify:once:${kind}:${subject}:${occurrence}`;

  return {
    async emit(event, options) {
      try {
        const subject = subjectOf(event);
        const wanted = targets.filter(
          (t) => t.enabled && t.events.includes(event.kind) && (options.targetId ?? t.id) === t.id,
        );
        if (wanted.length === 0) return;
        if (!(await claim(onceKey(event.kind, subject, options.occurrence), options.occurrenceTtlMs ?? DAY_MS))) return;
        for (const target of wanted) {
          const cooldownMs = target.cooldownMinutes * 60_000;
          const key = `notify:cooldown:${target.id}:${event.kind}:${subject}`;
          if (cooldownMs > 0 && !(await claim(key, cooldownMs))) {
            log.debug({ target: target.name, event: event.kind, subject }, 'notification suppressed by cooldown');
            continue;
          }
          const { job } = await enqueue(target, event, subject);
          queue.add(job);
        }
      } catch (error) {
        log.warn({ event: event.kind, err: errorText(error) }, 'notification not queued');
      }
    },
    async wasSent(event, subject, occurrence) {
      return (await store.get(onceKey(event.kind, subject, occurrence)).catch(() => null)) !== null;
    },
    wants: (kind) => targets.some((t) => t.enabled && t.events.includes(kind)),
    targets: () => targets,
    async sendTest(targetId) {
      const target = await getNotificationTarget(db, deps.secretBox, targetId);
      if (!target) return null;
      const event: NotificationEvent = { kind: 'test', at: deps.now(), targetName: target.name };
      const { row, job } = await enqueue(target, event, subjectOf(event));
      await queue.sendOnce(job);
      const [latest] = await db.selectFrom('notificationDeliveries').selectAll().where('id', '=', row.id).execute();
      return latest ?? row;
    },
    async changed() {
      await reload();
      await store.publish(NOTIFICATION_TARGETS_CHANNEL, 'changed').catch(() => undefined);
    },
    idle: () => queue.idle(),
    async close() {
      clearInterval(timer);
      await unsubscribe().catch(() => undefined);
      await queue.close();
    },
  };
}
