import type {
  CreateNotificationTargetInput,
  NotificationChannel,
  NotificationEventKind,
  NotificationTarget,
  UpdateNotificationTargetInput,
} from '../../api/notifications';
import { NOTIFICATION_DEFAULTS, SIGNING_CHANNELS } from '../../api/notifications';

/** The target form as typed: strings where the user types, converted once on submit. */
export interface TargetFormValues {
  name: string;
  channel: NotificationChannel;
  enabled: boolean;
  events: NotificationEventKind[];
  /** The webhook URL, or the Telegram bot token; empty on edit keeps the stored one. */
  credential: string;
  chatId: string;
  apiBaseUrl: string;
  /** Empty keeps the stored secret (on edit) or sets none. */
  signingSecret: string;
  removeSigningSecret: boolean;
  cooldownMinutes: string;
  leaderboardTime: string;
  leaderboardSize: string;
}

export type TargetFieldError = 'required' | 'invalid';
export type TargetFormErrors = Partial<Record<keyof TargetFormValues, TargetFieldError>>;

export const signs = (channel: NotificationChannel) => (SIGNING_CHANNELS as readonly string[]).includes(channel);

export function emptyTargetForm(): TargetFormValues {
  return {
    name: '',
    channel: 'wecom',
    enabled: true,
    events: ['circuit_open', 'circuit_recovered'],
    credential: '',
    chatId: '',
    apiBaseUrl: '',
    signingSecret: '',
    removeSigningSecret: false,
    cooldownMinutes: String(NOTIFICATION_DEFAULTS.cooldownMinutes),
    leaderboardTime: NOTIFICATION_DEFAULTS.leaderboardTime,
    leaderboardSize: String(NOTIFICATION_DEFAULTS.leaderboardSize),
  };
}

export function targetFormFrom(target: NotificationTarget): TargetFormValues {
  return {
    ...emptyTargetForm(),
    name: target.name,
    channel: target.channel,
    enabled: target.enabled,
    events: [...target.events],
    chatId: target.chatId ?? '',
    apiBaseUrl: target.apiBaseUrl ?? '',
    cooldownMinutes: String(target.cooldownMinutes),
    leaderboardTime: target.leaderboardTime,
    leaderboardSize: String(target.leaderboardSize),
  };
}

const isInt = (text: string, min: number, max: number) =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;
const isHttpUrl = (text: string) => /^https?:\/\/\S+$/.test(text);

export function validateTargetForm(values: TargetFormValues, editing: boolean): TargetFormErrors {
  const errors: TargetFormErrors = {};
  const telegram = values.channel === 'telegram';
  if (values.name.trim() === '') errors.name = 'required';
  const credential = values.credential.trim();
  if (credential === '' && !editing) errors.credential = 'required';
  else if (credential !== '' && !telegram && !isHttpUrl(credential)) errors.credential = 'invalid';
  else if (credential !== '' && telegram && !/^\d+:[\w-]+$/.test(credential)) errors.credential = 'invalid';
  if (telegram && values.chatId.trim() === '') errors.chatId = 'required';
  if (telegram && values.apiBaseUrl.trim() !== '' && !isHttpUrl(values.apiBaseUrl.trim()))
    errors.apiBaseUrl = 'invalid';
  if (!isInt(values.cooldownMinutes, 0, 1440)) errors.cooldownMinutes = 'invalid';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.leaderboardTime)) errors.leaderboardTime = 'invalid';
  if (!isInt(values.leaderboardSize, 1, 50)) errors.leaderboardSize = 'invalid';
  return errors;
}

/** The fields both create and update send. */
function commonFields(values: TargetFormValues) {
  const telegram = values.channel === 'telegram';
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    events: values.events,
    cooldownMinutes: Number(values.cooldownMinutes),
    leaderboardTime: values.leaderboardTime,
    leaderboardSize: Number(values.leaderboardSize),
    ...(telegram && { chatId: values.chatId.trim() }),
    ...(telegram && values.apiBaseUrl.trim() !== '' && { apiBaseUrl: values.apiBaseUrl.trim() }),
  };
}

const credentialField = (values: TargetFormValues) =>
  values.channel === 'telegram' ? { botToken: values.credential.trim() } : { webhookUrl: values.credential.trim() };

export function toCreateBody(values: TargetFormValues): CreateNotificationTargetInput {
  return {
    ...commonFields(values),
    channel: values.channel,
    ...credentialField(values),
    ...(signs(values.channel) && values.signingSecret !== '' && { signingSecret: values.signingSecret }),
  };
}

export function toUpdateBody(values: TargetFormValues): UpdateNotificationTargetInput {
  const secret = signs(values.channel)
    ? values.removeSigningSecret
      ? { signingSecret: null }
      : values.signingSecret !== ''
        ? { signingSecret: values.signingSecret }
        : {}
    : {};
  return {
    ...commonFields(values),
    ...(values.credential.trim() !== '' && credentialField(values)),
    ...secret,
  };
}
