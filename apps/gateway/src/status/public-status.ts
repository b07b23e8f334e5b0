import type { AvailabilityState, PublicStatus, StatusPageConfig, StatusPageEntry } from '@cch/contract';
import type { Provider } from '@cch/core';
import type { Runtime } from '../runtime.js';
import { currentStates, providerTimelines } from './availability.js';
import { combinedState, uptimePercent } from './bucket-state.js';

const PUBLIC_WINDOWS = ['24h', '7d', '30d'] as const;

/** The enabled providers behind one public entry: the provider itself, or every member of the group. */
function membersOf(entry: StatusPageEntry, providers: readonly Provider[]): Provider[] {
  const enabled = providers.filter((provider) => provider.enabled);
  return entry.kind === 'provider'
    ? enabled.filter((provider) => provider.id === entry.ref)
    : enabled.filter((provider) => provider.groups.includes(entry.ref));
}

/**
 * What the public page shows: for each configured entry, its public name, state now and uptime
 * bars. Built from states only, so nothing about the providers themselves can leak.
 */
export async function buildPublicStatus(
  runtime: Pick<Runtime, 'db' | 'config' | 'now'>,
  config: StatusPageConfig,
  providers: readonly Provider[],
): Promise<PublicStatus> {
  const entries = config.entries.map((entry) => ({ entry, members: membersOf(entry, providers) }));
  const ids = [...new Set(entries.flatMap(({ members }) => members.map((provider) => provider.id)))];
  const [current, ...timelines] = await Promise.all([
    currentStates(runtime, ids),
    ...PUBLIC_WINDOWS.map((window) => providerTimelines(runtime, ids, window)),
  ]);
  const barsOf = (windowIndex: number, members: readonly Provider[]): AvailabilityState[] => {
    const perMember = members.map((provider) => timelines[windowIndex]?.get(provider.id) ?? []);
    const length = Math.max(0, ...perMember.map((buckets) => buckets.length));
    return Array.from({ length }, (_, index) =>
      combinedState(perMember.map((buckets) => buckets[index]?.state ?? 'none')),
    );
  };
  return {
    title: config.title,
    generatedAt: new Date(runtime.now()).toISOString(),
    services: entries.map(({ entry, members }) => {
      const [day, week, month] = PUBLIC_WINDOWS.map((_, index) => barsOf(index, members)) as [
        AvailabilityState[],
        AvailabilityState[],
        AvailabilityState[],
      ];
      return {
        name: entry.publicName,
        state: combinedState(members.map((provider) => current.get(provider.id) ?? 'none')),
        uptime: { '24h': uptimePercent(day), '7d': uptimePercent(week), '30d': uptimePercent(month) },
        bars: { '24h': day, '7d': week, '30d': month },
      };
    }),
  };
}
