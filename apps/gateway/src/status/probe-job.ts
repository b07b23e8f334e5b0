import { deleteOldProviderProbes, insertProviderProbes, type NewProviderProbe, type Provider } from '@cch/core';
import { testProvider } from '../admin/provider-test.js';
import { createIntervalJob, type IntervalJob } from '../jobs/create-interval-job.js';
import type { Runtime } from '../runtime.js';

const PARALLEL_PROBES = 4;
const MAX_PROBE_TIMEOUT_MS = 30_000;
const DAY_MS = 86_400_000;
/** Old probes are pruned by the replica holding the lease about once an hour. */
const PRUNE_EVERY_MS = 3_600_000;

export type ProbeRuntime = Pick<Runtime, 'config' | 'db' | 'logger' | 'store' | 'now' | 'cache' | 'dispatchers'>;

/**
 * Claims the probe run of the interval `slot` for this replica: the first replica to increment the
 * slot's counter holds it. When the store does not answer, probing twice beats not probing at all.
 */
export async function claimProbeSlot(runtime: Pick<ProbeRuntime, 'store'>, slot: number, intervalMs: number) {
  try {
    return (await runtime.store.increment(`status:probe-lease:${slot}`, 1, intervalMs * 2)) === 1;
  } catch {
    return true;
  }
}

async function probeOne(runtime: ProbeRuntime, provider: Provider, timeoutMs: number): Promise<NewProviderProbe> {
  const probedAt = new Date(runtime.now());
  const result = await testProvider(runtime, provider, undefined, timeoutMs);
  return {
    providerId: provider.id,
    probedAt,
    ok: result.ok,
    status: result.status,
    latencyMs: result.latencyMs,
    errorClass: result.errorClass,
    message: result.message?.slice(0, 500) ?? null,
  };
}

/** Probes the providers, a few at a time; a probe that throws is recorded as a failure. */
export async function probeProviders(runtime: ProbeRuntime, providers: readonly Provider[], timeoutMs: number) {
  const results: NewProviderProbe[] = [];
  const queue = [...providers];
  const worker = async () => {
    for (let provider = queue.shift(); provider; provider = queue.shift()) {
      const started = runtime.now();
      const probe = await probeOne(runtime, provider, timeoutMs).catch((error: unknown) => ({
        providerId: provider.id,
        probedAt: new Date(started),
        ok: false,
        status: null,
        latencyMs: runtime.now() - started,
        errorClass: 'probe_error',
        message: error instanceof Error ? error.message.slice(0, 500) : 'probe failed',
      }));
      results.push(probe);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PROBES, queue.length) }, worker));
  return results;
}

/** One probe run: only for the replica that claims the interval, only enabled providers. */
export async function runProbeRound(runtime: ProbeRuntime, intervalMs: number): Promise<number> {
  const slot = Math.floor(runtime.now() / intervalMs);
  if (!(await claimProbeSlot(runtime, slot, intervalMs))) return 0;
  const providers = runtime.cache.current().providers.filter((provider) => provider.enabled);
  const timeoutMs = Math.min(intervalMs, MAX_PROBE_TIMEOUT_MS);
  const probes = await probeProviders(runtime, providers, timeoutMs);
  await insertProviderProbes(runtime.db, probes);
  if (slot % Math.max(1, Math.round(PRUNE_EVERY_MS / intervalMs)) === 0) {
    const before = new Date(runtime.now() - runtime.config.PROBE_RETENTION_DAYS * DAY_MS);
    await deleteOldProviderProbes(runtime.db, before);
  }
  return probes.length;
}

/** The background prober; null when PROBE_INTERVAL_SECONDS is 0. Off the request path. */
export function createProbeJob(runtime: ProbeRuntime): IntervalJob | null {
  const intervalMs = runtime.config.PROBE_INTERVAL_SECONDS * 1000;
  if (intervalMs <= 0) return null;
  const logger = runtime.logger.child({ job: 'provider-probe' });
  return createIntervalJob({
    name: 'provider-probe',
    intervalMs,
    initialDelayMs: Math.min(intervalMs, 10_000),
    onError: (error) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'provider probe run failed'),
    async run() {
      await runProbeRound(runtime, intervalMs);
    },
  });
}
