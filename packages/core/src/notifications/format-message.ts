import { formatZonedIso } from '../limiter/zoned-time.js';
import type { NotificationEvent } from './notification-event.js';

/** A message before a channel shapes it: a title and plain-text lines. */
export interface NotificationMessage {
  title: string;
  lines: string[];
}

const percentOf = (current: string, max: string) => {
  const limit = Number(max);
  return limit > 0 ? Math.floor((Number(current) / limit) * 100) : 100;
};

/** Renders an event as a short message; times in `timeZone` (the runtime time zone). */
export function formatNotification(event: NotificationEvent, timeZone: string): NotificationMessage {
  const time = (ms: number) => formatZonedIso(ms, timeZone);
  const resets = (resetAt: number | null) => (resetAt === null ? [] : [`Resets: ${time(resetAt)}`]);
  switch (event.kind) {
    case 'circuit_open':
      return {
        title: `Provider ${event.provider.name}: circuit open`,
        lines: [
          'Requests skip this provider until it recovers.',
          ...(event.reason ? [`Reason: ${event.reason}`] : []),
          ...(event.openUntil === null ? [] : [`Retried after: ${time(event.openUntil)}`]),
          `At: ${time(event.at)}`,
        ],
      };
    case 'circuit_recovered':
      return {
        title: `Provider ${event.provider.name}: recovered`,
        lines: [
          'The circuit closed again; the provider serves requests.',
          ...(event.openedAt === null ? [] : [`Opened: ${time(event.openedAt)}`]),
          `At: ${time(event.at)}`,
        ],
      };
    case 'usd_quota_warning':
    case 'usd_quota_reached': {
      const percent = percentOf(event.currentUsd, event.maxUsd);
      const reached = event.kind === 'usd_quota_reached';
      const who = `${event.owner.kind === 'user' ? 'User' : 'Key'} ${event.owner.name}`;
      const limit = event.limitName.replace(/^(user|key) /, '');
      return {
        title: `${who}: ${reached ? 'reached' : `${percent}% of`} its ${limit}`,
        lines: [
          `Spent: $${event.currentUsd} of $${event.maxUsd} (${percent}%)`,
          ...(reached ? ['Further requests are refused until the window resets.'] : []),
          ...resets(event.resetAt),
        ],
      };
    }
    case 'provider_spend_limit':
      return {
        title: `Provider ${event.provider.name}: ${event.limitName.replace(/^provider /, '')} reached`,
        lines: [
          `Spent: $${event.currentUsd} of $${event.maxUsd}`,
          'The provider leaves selection until the window resets.',
          ...resets(event.resetAt),
        ],
      };
    case 'daily_leaderboard':
      return {
        title: `Usage leaderboard ${event.date}`,
        lines:
          event.entries.length === 0
            ? ['No usage today.']
            : event.entries.map(
                (entry, i) => `${i + 1}. ${entry.name}: $${entry.costUsd} (${entry.requests} requests)`,
              ),
      };
    case 'price_sync_failed':
      return {
        title: 'Price sync failed',
        lines: [`Source: ${event.source}`, `Reason: ${event.reason}`, 'Prices are unchanged.', `At: ${time(event.at)}`],
      };
    case 'test':
      return {
        title: 'Claude Code Hub test message',
        lines: [`Notifications to "${event.targetName}" work.`, `At: ${time(event.at)}`],
      };
  }
}

/** Title and lines as one plain text. */
export function plainText(message: NotificationMessage): string {
  return [message.title, ...message.lines].join('\n');
}
