import type { Availability, AvailabilityState, AvailabilityWindow, ProviderAvailability } from '@cch/contract';
import { lastAvailabilityErrors, probeBuckets, type Provider, trafficBuckets } from '@cch/core';
import type { Runtime } from '../runtime.js';
import { bucketState, uptimePercent } from './bucket-state.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Window length and bucket size: 1-minute buckets for the last hour, about a hundred bars otherwise. */
export const WINDOWS: Record<AvailabilityWindow, { ms: number; bucketMs: number }> = {
  '1h': { ms: HOUR, bucketMs: MINUTE },
  '24h': { ms: 24 * HOUR, bucketMs: 15 * MINUTE },
  '7d': { ms: 7 * 24 * HOUR, bucketMs: 2 * HOUR },
  '30d': { ms: 30 * 24 * HOUR, bucketMs: 8 * HOUR },
};

/** "Current" is the latest minute with data within this span. */
const CURRENT_SPAN_MS = 5 * MINUTE;
const ERRORS_PER_PROVIDER = 5;

type AvailabilityRuntime = Pick<Runtime, 'db' | 'config' | 'now'>;

/** Bucket states of each provider over a window, oldest first (no error details). */
export async function providerTimelines(
  runtime: AvailabilityRuntime,
  providerIds: readonly string[],
  window: AvailabilityWindow,
): Promise<Map<string, ProviderAvailability['buckets']>> {
  const { ms, bucketMs } = WINDOWS[window];
  const now = runtime.now();
  const last = Math.floor(now / bucketMs);
  const first = last - Math.round(ms / bucketMs) + 1;
  const query = { providerIds, since: new Date(first * bucketMs), bucketMs };
  const [probes, traffic] = await Promise.all([probeBuckets(runtime.db, query), trafficBuckets(runtime.db, query)]);
  const key = (providerId: string, bucket: number) => `${providerId}\u0000${bucket}`;
  const probeBy = new Map(probes.map((row) => [key(row.providerId, row.bucket), row]));
  const trafficBy = new Map(traffic.map((row) => [key(row.providerId, row.bucket), row]));
  const degradedMs = runtime.config.PROBE_DEGRADED_MS;
  const result = new Map<string, ProviderAvailability['buckets']>();
  for (const providerId of providerIds) {
    const buckets: ProviderAvailability['buckets'] = [];
    for (let bucket = first; bucket <= last; bucket++) {
      const probe = probeBy.get(key(providerId, bucket));
      const requests = trafficBy.get(key(providerId, bucket));
      const figures = {
        probes: probe?.probes ?? 0,
        probeFailures: probe?.failures ?? 0,
        probeLatencyMs: probe?.avgLatencyMs ?? null,
        requests: requests?.requests ?? 0,
        failures: requests?.failures ?? 0,
      };
      buckets.push({
        start: new Date(bucket * bucketMs).toISOString(),
        state: bucketState(figures, degradedMs),
        ...figures,
        p50TtfbMs: requests?.p50TtfbMs ?? null,
        p95TtfbMs: requests?.p95TtfbMs ?? null,
      });
    }
    result.set(providerId, buckets);
  }
  return result;
}

/** Each provider's state now: its latest 1-minute bucket with data in the last few minutes. */
export async function currentStates(
  runtime: AvailabilityRuntime,
  providerIds: readonly string[],
): Promise<Map<string, AvailabilityState>> {
  const timelines = await providerTimelines(runtime, providerIds, '1h');
  const spanBuckets = CURRENT_SPAN_MS / MINUTE;
  const states = new Map<string, AvailabilityState>();
  for (const [providerId, buckets] of timelines) {
    const recent = buckets.slice(-spanBuckets).reverse();
    states.set(providerId, recent.find((bucket) => bucket.state !== 'none')?.state ?? 'none');
  }
  return states;
}

/** The admin availability report: timeline, latency series and last errors of each provider. */
export async function availabilityReport(
  runtime: AvailabilityRuntime,
  providers: readonly Provider[],
  window: AvailabilityWindow,
): Promise<Availability> {
  const ids = providers.map((provider) => provider.id);
  const { ms, bucketMs } = WINDOWS[window];
  const now = runtime.now();
  const [timelines, current, errors] = await Promise.all([
    providerTimelines(runtime, ids, window),
    currentStates(runtime, ids),
    lastAvailabilityErrors(runtime.db, { providerIds: ids, since: new Date(now - ms), limit: ERRORS_PER_PROVIDER }),
  ]);
  return {
    window,
    bucketMs,
    generatedAt: new Date(now).toISOString(),
    probeIntervalSeconds: runtime.config.PROBE_INTERVAL_SECONDS,
    degradedLatencyMs: runtime.config.PROBE_DEGRADED_MS,
    providers: providers.map((provider) => {
      const buckets = timelines.get(provider.id) ?? [];
      const requests = buckets.reduce((sum, bucket) => sum + bucket.requests, 0);
      const failures = buckets.reduce((sum, bucket) => sum + bucket.failures, 0);
      return {
        providerId: provider.id,
        name: provider.name,
        enabled: provider.enabled,
        current: current.get(provider.id) ?? 'none',
        uptimePercent: uptimePercent(buckets.map((bucket) => bucket.state)),
        successRate: requests === 0 ? null : Math.round(((requests - failures) / requests) * 10_000) / 100,
        buckets,
        lastErrors: errors
          .filter((error) => error.providerId === provider.id)
          .slice(0, ERRORS_PER_PROVIDER)
          .map(({ providerId: _omit, at, ...rest }) => ({ ...rest, at: at.toISOString() })),
      };
    }),
  };
}
