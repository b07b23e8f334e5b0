import type { NotificationChannel, NotificationEventKind } from '@cch/contract';

/** A notification target with its secrets in the clear (only in memory, never in an API answer). */
export interface NotificationTargetConfig {
  id: string;
  name: string;
  channel: NotificationChannel;
  enabled: boolean;
  events: NotificationEventKind[];
  /** The webhook URL, or the Telegram bot token. */
  credential: string;
  signingSecret: string | null;
  /** `…a1b2`: the last 4 characters of the credential. */
  secretPreview: string;
  chatId: string | null;
  apiBaseUrl: string | null;
  cooldownMinutes: number;
  leaderboardTime: string;
  leaderboardSize: number;
  createdAt: Date;
  updatedAt: Date;
}

/** `…a1b2`: enough to tell two targets apart, never enough to use one. */
export function previewSecret(secret: string): string {
  return secret.length < 12 ? '…' : `…${secret.slice(-4)}`;
}
