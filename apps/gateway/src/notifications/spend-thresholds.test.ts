import type { IndexedSnapshot, LimitSubject, SubjectUsage, SubscribableEvent, UsageEntry } from '@cch/core';
import { NO_LIMITS } from '@cch/core';
import { describe, expect, it } from 'vitest';
import type { EmitOptions, Notifier } from './notifier.js';
import { checkSpendThresholds } from './spend-thresholds.js';

const NOW = Date.parse('2026-12-06T04:00:00.000Z');
const limited = { ...NO_LIMITS, usdDaily: '10' };

function usd(
  limit: UsageEntry['limit'],
  current: string,
  shape: UsageEntry['shape'],
  resetAt: number | null,
): UsageEntry {
  return {
    limit,
    name: `${limit} limit`,
    shape,
    resetAt,
    exhausted: false,
    unit: 'usd',
    current,
    max: '10',
    since: null,
  };
}

function setup(usage: Record<string, UsageEntry[]>, wanted: string[]) {
  const emitted: { event: SubscribableEvent; options: EmitOptions }[] = [];
  const notifier = {
    wants: (kind: string) => wanted.includes(kind),
    emit: async (event: SubscribableEvent, options: EmitOptions) => {
      emitted.push({ event, options });
    },
  } as unknown as Notifier;
  const users = [{ id: 'u1', name: 'alice', limits: limited }];
  const providers = [{ id: 'p1', name: 'main', limits: limited }];
  const snapshot = {
    users,
    keys: [{ id: 'k1', name: 'laptop', userId: 'u1', limits: limited }],
    providers,
    userById: new Map(users.map((u) => [u.id, u])),
    providerById: new Map(providers.map((p) => [p.id, p])),
  } as unknown as IndexedSnapshot;
  const limits = {
    readUsageOfMany: async (subjects: readonly LimitSubject[]): Promise<SubjectUsage[]> =>
      subjects.map((subject) => ({ subject, entries: usage[`${subject.kind}:${subject.id}`] ?? [] })),
  };
  const run = () => checkSpendThresholds({ notifier, limits, cache: { current: () => snapshot }, now: () => NOW });
  return { emitted, run };
}

describe('checkSpendThresholds', () => {
  it('reports users and keys past 80 % and at 100 %, and providers at their limit', async () => {
    const { emitted, run } = setup(
      {
        'user:u1': [usd('usdDaily', '8.5', 'fixed', NOW + 3_600_000), usd('usdWeekly', '7.9', 'fixed', NOW + 1)],
        'key:k1': [usd('usd5h', '10', 'rolling', NOW + 60_000)],
        'provider:p1': [usd('usdDaily', '10.2', 'fixed', NOW + 3_600_000), usd('usdTotal', '9', 'total', null)],
      },
      ['usd_quota_warning', 'usd_quota_reached', 'provider_spend_limit'],
    );
    await run();
    expect(emitted.map(({ event, options }) => [event.kind, options.occurrence])).toEqual([
      ['usd_quota_warning', `usdDaily:${NOW + 3_600_000}`],
      ['usd_quota_reached', `usd5h:${Math.floor(NOW / (5 * 3_600_000))}`],
      ['provider_spend_limit', `usdDaily:${NOW + 3_600_000}`],
    ]);
    expect(emitted[1]?.event).toMatchObject({ owner: { kind: 'key', name: 'alice / laptop' } });
    // a fixed window's claim lasts until the period ends (plus an hour)
    expect(emitted[0]?.options.occurrenceTtlMs).toBe(2 * 3_600_000);
  });

  it('reads nothing when no target wants spend events', async () => {
    const { emitted, run } = setup({ 'user:u1': [usd('usdDaily', '10', 'fixed', null)] }, ['circuit_open']);
    await run();
    expect(emitted).toEqual([]);
  });
});
