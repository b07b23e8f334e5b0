import type { NotificationDeliveryEvent, NotificationEventKind } from '@cch/contract';

export interface NamedRef {
  id: string;
  name: string;
}

export interface LeaderboardLine {
  name: string;
  costUsd: string;
  requests: number;
}

/** What happened, with the facts a message shows. `at` is when (epoch ms). */
export type NotificationEvent = { at: number } & (
  | { kind: 'circuit_open'; provider: NamedRef; reason: string | null; openUntil: number | null }
  | { kind: 'circuit_recovered'; provider: NamedRef; openedAt: number | null }
  | {
      kind: 'usd_quota_warning' | 'usd_quota_reached';
      owner: NamedRef & { kind: 'user' | 'key' };
      /** Which window, e.g. usdDaily. */
      limit: string;
      /** "user daily USD limit" */
      limitName: string;
      currentUsd: string;
      maxUsd: string;
      resetAt: number | null;
    }
  | {
      kind: 'provider_spend_limit';
      provider: NamedRef;
      limit: string;
      limitName: string;
      currentUsd: string;
      maxUsd: string;
      resetAt: number | null;
    }
  | { kind: 'daily_leaderboard'; date: string; timeZone: string; entries: LeaderboardLine[] }
  | { kind: 'price_sync_failed'; source: string; reason: string }
  | { kind: 'test'; targetName: string }
);

export type SubscribableEvent = Extract<NotificationEvent, { kind: NotificationEventKind }>;

// keeps the event kinds here and in the contract in step
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _kindsMatch: Same<NotificationEvent['kind'], NotificationDeliveryEvent> = true;
void _kindsMatch;

/**
 * What an event is about: with the event kind, the unit of the cooldown (one message per
 * event and subject per cooldown), e.g. `provider:<id>` or `user:<id>:usdDaily`.
 */
export function subjectOf(event: NotificationEvent): string {
  switch (event.kind) {
    case 'circuit_open':
    case 'circuit_recovered':
      return `provider:${event.provider.id}`;
    case 'usd_quota_warning':
    case 'usd_quota_reached':
      return `${event.owner.kind}:${event.owner.id}:${event.limit}`;
    case 'provider_spend_limit':
      return `provider:${event.provider.id}:${event.limit}`;
    case 'daily_leaderboard':
      return `leaderboard:${event.date}`;
    case 'price_sync_failed':
      return 'price-sync';
    case 'test':
      return 'test';
  }
}
