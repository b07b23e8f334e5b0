import { randomUUID } from 'node:crypto';
import {
  NOTIFICATION_DEFAULTS,
  type NotificationChannel,
  type NotificationDeliveryEvent,
  type NotificationDeliveryStatus,
  type NotificationEventKind,
} from '@cch/contract';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../../crypto/secret-box.js';
import { type NotificationTargetConfig, previewSecret } from '../../notifications/target.js';
import type { Database, NotificationDeliveryRow, NotificationTargetRow } from '../schema.js';
import { toJson } from '../to-json.js';
import { pickDefined } from './pick-defined.js';

/** What is sealed in `secret_encrypted`. */
interface SealedSecrets {
  credential: string;
  signingSecret: string | null;
}

export interface CreateNotificationTargetInput {
  name: string;
  channel: NotificationChannel;
  enabled?: boolean;
  events: NotificationEventKind[];
  /** The webhook URL, or the Telegram bot token. */
  credential: string;
  signingSecret?: string | null;
  chatId?: string | null;
  apiBaseUrl?: string | null;
  cooldownMinutes?: number;
  leaderboardTime?: string;
  leaderboardSize?: number;
}

export type UpdateNotificationTargetInput = Partial<Omit<CreateNotificationTargetInput, 'channel'>>;

const PLAIN_FIELDS = [
  'name',
  'enabled',
  'chatId',
  'apiBaseUrl',
  'cooldownMinutes',
  'leaderboardTime',
  'leaderboardSize',
] as const satisfies readonly (keyof UpdateNotificationTargetInput)[];

function toTarget(row: NotificationTargetRow, box: SecretBox): NotificationTargetConfig {
  const { secretEncrypted, hasSigningSecret: _derived, ...fields } = row;
  const sealed = JSON.parse(box.decrypt(secretEncrypted)) as SealedSecrets;
  return { ...fields, credential: sealed.credential, signingSecret: sealed.signingSecret };
}

function seal(box: SecretBox, secrets: SealedSecrets) {
  return {
    secretEncrypted: box.encrypt(JSON.stringify(secrets)),
    secretPreview: previewSecret(secrets.credential),
    hasSigningSecret: secrets.signingSecret !== null,
  };
}

export async function listNotificationTargets(
  db: Kysely<Database>,
  box: SecretBox,
): Promise<NotificationTargetConfig[]> {
  const rows = await db.selectFrom('notificationTargets').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map((row) => toTarget(row, box));
}

export async function getNotificationTarget(
  db: Kysely<Database>,
  box: SecretBox,
  id: string,
): Promise<NotificationTargetConfig | undefined> {
  const row = await db.selectFrom('notificationTargets').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toTarget(row, box);
}

export async function createNotificationTarget(
  db: Kysely<Database>,
  box: SecretBox,
  input: CreateNotificationTargetInput,
): Promise<NotificationTargetConfig> {
  const row = await db
    .insertInto('notificationTargets')
    .values({
      id: randomUUID(),
      name: input.name,
      channel: input.channel,
      enabled: input.enabled ?? NOTIFICATION_DEFAULTS.enabled,
      events: toJson(input.events),
      ...seal(box, { credential: input.credential, signingSecret: input.signingSecret ?? null }),
      chatId: input.chatId ?? null,
      apiBaseUrl: input.apiBaseUrl ?? null,
      cooldownMinutes: input.cooldownMinutes ?? NOTIFICATION_DEFAULTS.cooldownMinutes,
      leaderboardTime: input.leaderboardTime ?? NOTIFICATION_DEFAULTS.leaderboardTime,
      leaderboardSize: input.leaderboardSize ?? NOTIFICATION_DEFAULTS.leaderboardSize,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTarget(row, box);
}

/** Returns the updated target, or undefined when it does not exist. Secrets are resealed when one changes. */
export async function updateNotificationTarget(
  db: Kysely<Database>,
  box: SecretBox,
  id: string,
  input: UpdateNotificationTargetInput,
): Promise<NotificationTargetConfig | undefined> {
  return db.transaction().execute(async (trx) => {
    const current = await getNotificationTarget(trx, box, id);
    if (!current) return undefined;
    const secretsChange = input.credential !== undefined || input.signingSecret !== undefined;
    const row = await trx
      .updateTable('notificationTargets')
      .set({
        ...pickDefined(input, PLAIN_FIELDS),
        ...(input.events !== undefined && { events: toJson(input.events) }),
        ...(secretsChange &&
          seal(box, {
            credential: input.credential ?? current.credential,
            signingSecret: input.signingSecret === undefined ? current.signingSecret : input.signingSecret,
          })),
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTarget(row, box);
  });
}

export async function deleteNotificationTarget(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('notificationTargets').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export type NotificationDeliveryRecord = NotificationDeliveryRow;

export interface NewNotificationDelivery {
  targetId: string;
  event: NotificationDeliveryEvent;
  subject: string;
  title: string;
}

export async function insertNotificationDelivery(
  db: Kysely<Database>,
  delivery: NewNotificationDelivery,
): Promise<NotificationDeliveryRecord> {
  return db
    .insertInto('notificationDeliveries')
    .values({ ...delivery, status: 'pending', attempts: 0 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateNotificationDelivery(
  db: Kysely<Database>,
  id: number,
  change: { status: NotificationDeliveryStatus; attempts: number; lastError: string | null },
): Promise<NotificationDeliveryRecord | undefined> {
  return db
    .updateTable('notificationDeliveries')
    .set({ ...change, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** A target's deliveries, newest first. */
export async function listNotificationDeliveries(
  db: Kysely<Database>,
  targetId: string,
  limit: number,
): Promise<NotificationDeliveryRecord[]> {
  return db
    .selectFrom('notificationDeliveries')
    .selectAll()
    .where('targetId', '=', targetId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Keeps a target's newest `keep` deliveries and deletes the rest. */
export async function pruneNotificationDeliveries(db: Kysely<Database>, targetId: string, keep: number): Promise<void> {
  const cutoff = await db
    .selectFrom('notificationDeliveries')
    .select('id')
    .where('targetId', '=', targetId)
    .orderBy('id', 'desc')
    .offset(keep)
    .limit(1)
    .executeTakeFirst();
  if (!cutoff) return;
  await db.deleteFrom('notificationDeliveries').where('targetId', '=', targetId).where('id', '<=', cutoff.id).execute();
}
