import type { AvailabilityState } from '@cch/contract';

export interface BucketFigures {
  probes: number;
  probeFailures: number;
  probeLatencyMs: number | null;
  requests: number;
  failures: number;
}

const RANK: Record<AvailabilityState, number> = { none: 0, up: 1, degraded: 2, down: 3 };

function worse(a: AvailabilityState, b: AvailabilityState): AvailabilityState {
  return RANK[a] >= RANK[b] ? a : b;
}

function byFailureShare(failures: number, total: number, degradedShare: number): AvailabilityState {
  if (total === 0) return 'none';
  const share = failures / total;
  if (share >= 0.5) return 'down';
  return share > degradedShare ? 'degraded' : 'up';
}

/**
 * The state of one bucket: the worse of what the probes and the real traffic say. Every failed
 * probe counts (they are few); traffic tolerates a stray 5xx in twenty.
 */
export function bucketState(figures: BucketFigures, degradedLatencyMs: number): AvailabilityState {
  let probeState = byFailureShare(figures.probeFailures, figures.probes, 0);
  if (probeState === 'up' && (figures.probeLatencyMs ?? 0) > degradedLatencyMs) probeState = 'degraded';
  return worse(probeState, byFailureShare(figures.failures, figures.requests, 0.05));
}

/**
 * Several providers behind one public name (a provider group): down only when every member with
 * data is down, up only when all are up.
 */
export function combinedState(states: readonly AvailabilityState[]): AvailabilityState {
  const known = states.filter((state) => state !== 'none');
  if (known.length === 0) return 'none';
  if (known.every((state) => state === 'down')) return 'down';
  if (known.every((state) => state === 'up')) return 'up';
  return 'degraded';
}

/** Percentage of buckets with data that were not down (two decimals), null without data. */
export function uptimePercent(states: readonly AvailabilityState[]): number | null {
  const known = states.filter((state) => state !== 'none');
  if (known.length === 0) return null;
  const upCount = known.filter((state) => state !== 'down').length;
  return Math.round((upCount / known.length) * 10_000) / 100;
}
