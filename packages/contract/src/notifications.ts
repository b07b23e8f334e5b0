import { z } from 'zod';
import { hhmm, isoDate } from './common.js';

/** Where a notification target posts: a chat robot or a plain signed JSON webhook. */
export const NOTIFICATION_CHANNELS = ['wecom', 'feishu', 'dingtalk', 'telegram', 'slack', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a target can subscribe to. */
export const NOTIFICATION_EVENTS = [
  'circuit_open',
  'circuit_recovered',
  'usd_quota_warning',
  'usd_quota_reached',
  'provider_spend_limit',
  'daily_leaderboard',
  'price_sync_failed',
] as const;
export type NotificationEventKind = (typeof NOTIFICATION_EVENTS)[number];

/** A delivery's event: a subscribed one, or the test message of the test-send button. */
export const NOTIFICATION_DELIVERY_EVENTS = [...NOTIFICATION_EVENTS, 'test'] as const;
export type NotificationDeliveryEvent = (typeof NOTIFICATION_DELIVERY_EVENTS)[number];

export const NOTIFICATION_DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationDeliveryStatus = (typeof NOTIFICATION_DELIVERY_STATUSES)[number];

/** The channels that post to a webhook URL (every one but Telegram, which takes a bot token and a chat). */
export const URL_CHANNELS = [
  'wecom',
  'feishu',
  'dingtalk',
  'slack',
  'webhook',
] as const satisfies NotificationChannel[];
/** The channels that can sign what they send with a shared secret. */
export const SIGNING_CHANNELS = ['feishu', 'dingtalk', 'webhook'] as const satisfies NotificationChannel[];

export const NOTIFICATION_DEFAULTS = {
  enabled: true,
  cooldownMinutes: 10,
  leaderboardTime: '18:00',
  leaderboardSize: 10,
  telegramApiBaseUrl: 'https://api.telegram.org',
} as const;

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const targetFields = {
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean(),
  events: z.array(z.enum(NOTIFICATION_EVENTS)).max(NOTIFICATION_EVENTS.length),
  webhookUrl: httpUrl.describe(
    'The robot or webhook URL; stored encrypted, never returned (wecom, feishu, dingtalk, slack, webhook)',
  ),
  botToken: z
    .string()
    .regex(/^\d+:[\w-]+$/, 'expected a Telegram bot token such as 123456:ABC-DEF')
    .describe('Telegram bot token; stored encrypted, never returned'),
  chatId: z.string().trim().min(1).max(100).describe('Telegram chat id, e.g. -1001234567890 or @channel'),
  apiBaseUrl: httpUrl.describe('Telegram Bot API server (default https://api.telegram.org)'),
  signingSecret: z
    .string()
    .min(1)
    .max(500)
    .nullable()
    .describe('feishu, dingtalk: the robot signing secret; webhook: the HMAC-SHA256 key. Stored encrypted'),
  cooldownMinutes: z.number().int().min(0).max(1440).describe('At most one message per event and subject this often'),
  leaderboardTime: hhmm.describe('Local time (runtime time zone) the daily leaderboard is sent'),
  leaderboardSize: z.number().int().min(1).max(50),
};

type TargetSecrets = { channel?: NotificationChannel; webhookUrl?: unknown; botToken?: unknown; chatId?: unknown };

/** Which secret fields a channel needs when a target is created. */
function requireChannelFields(target: TargetSecrets, ctx: z.RefinementCtx): void {
  const missing = (field: string) =>
    ctx.addIssue({ code: 'custom', path: [field], message: `required for ${target.channel}` });
  if (target.channel === 'telegram') {
    if (target.botToken === undefined) missing('botToken');
    if (target.chatId === undefined) missing('chatId');
  } else if (target.webhookUrl === undefined) missing('webhookUrl');
}

export const createNotificationTargetBody = z
  .object({
    name: targetFields.name,
    channel: z.enum(NOTIFICATION_CHANNELS),
    enabled: targetFields.enabled.optional(),
    events: targetFields.events,
    webhookUrl: targetFields.webhookUrl.optional(),
    botToken: targetFields.botToken.optional(),
    chatId: targetFields.chatId.optional(),
    apiBaseUrl: targetFields.apiBaseUrl.optional(),
    signingSecret: targetFields.signingSecret.optional(),
    cooldownMinutes: targetFields.cooldownMinutes.optional(),
    leaderboardTime: targetFields.leaderboardTime.optional(),
    leaderboardSize: targetFields.leaderboardSize.optional(),
  })
  .strict()
  .superRefine(requireChannelFields);
export type CreateNotificationTargetInput = z.input<typeof createNotificationTargetBody>;

/** Omitted fields keep their value; a secret is only replaced when given; `signingSecret: null` removes it. */
export const updateNotificationTargetBody = z
  .object({
    name: targetFields.name.optional(),
    enabled: targetFields.enabled.optional(),
    events: targetFields.events.optional(),
    webhookUrl: targetFields.webhookUrl.optional(),
    botToken: targetFields.botToken.optional(),
    chatId: targetFields.chatId.optional(),
    apiBaseUrl: targetFields.apiBaseUrl.optional(),
    signingSecret: targetFields.signingSecret.optional(),
    cooldownMinutes: targetFields.cooldownMinutes.optional(),
    leaderboardTime: targetFields.leaderboardTime.optional(),
    leaderboardSize: targetFields.leaderboardSize.optional(),
  })
  .strict();
export type UpdateNotificationTargetInput = z.input<typeof updateNotificationTargetBody>;

/** A target as the API shows it: the URL or token only as a masked preview. */
export const notificationTargetSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(NOTIFICATION_CHANNELS),
  enabled: z.boolean(),
  events: z.array(z.enum(NOTIFICATION_EVENTS)),
  secretPreview: z.string().describe('The last 4 characters of the URL or bot token, e.g. …a1b2'),
  hasSigningSecret: z.boolean(),
  chatId: z.string().nullable(),
  apiBaseUrl: z.string().nullable(),
  cooldownMinutes: z.number().int(),
  leaderboardTime: z.string(),
  leaderboardSize: z.number().int(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type NotificationTarget = z.infer<typeof notificationTargetSchema>;
export const notificationTargetListSchema = z.object({ items: z.array(notificationTargetSchema) });

export const notificationDeliverySchema = z.object({
  id: z.number().int(),
  targetId: z.string(),
  event: z.enum(NOTIFICATION_DELIVERY_EVENTS),
  subject: z.string().describe('What the message is about, e.g. provider:<id>, user:<id>'),
  title: z.string(),
  status: z.enum(NOTIFICATION_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type NotificationDelivery = z.infer<typeof notificationDeliverySchema>;
export const notificationDeliveryListSchema = z.object({ items: z.array(notificationDeliverySchema) });
export const notificationDeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
