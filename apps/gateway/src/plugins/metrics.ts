import { timingSafeEqual } from 'node:crypto';
import { type BreakerStatus, breakerStatusAt, stateKeys } from '@cch/core';
import type { FastifyPluginAsync } from 'fastify';
import { type GaugeSample, renderGauge } from '../metrics/prometheus.js';
import type { Runtime } from '../runtime.js';

const BREAKER_STATES = ['closed', 'half-open', 'open'] as const satisfies readonly BreakerStatus[];

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function breakerSamples(runtime: Runtime): Promise<GaugeSample[]> {
  const providers = runtime.cache.current().providers;
  const states = await runtime.store
    .getBreakers(providers.map((provider) => stateKeys.breaker(provider.id)))
    .catch(() => null);
  if (!states) return [];
  const now = runtime.now();
  return providers.flatMap((provider, i) => {
    const status = breakerStatusAt(states[i] ?? null, now);
    return BREAKER_STATES.map((state) => ({
      labels: { provider: provider.name, state },
      value: status === state ? 1 : 0,
    }));
  });
}

const STORE_STATES = ['closed', 'half-open', 'open'] as const;

/** The shared store's breaker (Redis only). */
function storeGauges(runtime: Runtime): string[] {
  const health = runtime.storeHealth();
  if (!health) return [];
  return [
    renderGauge(
      'cch_store_breaker_state',
      'State store breaker (1 for the current state); open = skipped, requests served fail-open.',
      STORE_STATES.map((state) => ({ labels: { state }, value: health.state === state ? 1 : 0 })),
    ),
    renderGauge('cch_store_timeouts', 'State store calls that took longer than STORE_TIMEOUT_MS since start.', [
      { value: health.timeouts },
    ]),
    renderGauge('cch_store_skipped_calls', 'State store calls skipped because its breaker was open, since start.', [
      { value: health.skipped },
    ]),
  ];
}

/** Prometheus `/metrics`: proxy counters and histograms, plus gauges read at scrape time. */
export const metricsRoutes: FastifyPluginAsync<{ runtime: Runtime }> = async (app, { runtime }) => {
  const token = runtime.config.METRICS_TOKEN;
  app.get('/metrics', async (request, reply) => {
    if (token && !bearerMatches(request.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'metrics token required' });
    }
    const limiter = runtime.limits.stats();
    const logs = runtime.logWriter.stats();
    const bodies = runtime.bodyWriter.stats();
    const memory = process.memoryUsage();
    const text = [
      runtime.metrics.render(),
      renderGauge(
        'cch_breaker_state',
        'Circuit breaker state per provider (1 for the current state).',
        await breakerSamples(runtime),
      ),
      renderGauge(
        'cch_limiter_degraded_admissions',
        'Requests admitted without limit checks because the state store was unreachable (fail-open).',
        [{ value: limiter.degradedAdmissions }],
      ),
      renderGauge('cch_limiter_degraded', 'Whether the last limiter call to the state store failed.', [
        { value: limiter.degraded ? 1 : 0 },
      ]),
      renderGauge('cch_limiter_store_outages', 'State store outages seen by the limiter since start.', [
        { value: limiter.outages },
      ]),
      renderGauge('cch_log_queue_depth', 'Request log rows waiting to be written.', [{ value: logs.queued }]),
      renderGauge('cch_log_rows_written', 'Request log rows written since start.', [{ value: logs.written }]),
      renderGauge('cch_log_rows_dropped', 'Request log rows dropped because the queue was full.', [
        { value: logs.dropped },
      ]),
      renderGauge('cch_log_failed_flushes', 'Failed request log flushes since start.', [{ value: logs.failedFlushes }]),
      renderGauge('cch_stored_bodies_written', 'Stored request/response bodies written since start.', [
        { value: bodies.written },
      ]),
      renderGauge('cch_stored_bodies_dropped', 'Stored bodies dropped (queue full while the database was away).', [
        { value: bodies.dropped + bodies.rejected },
      ]),
      renderGauge(
        'cch_log_rows_rejected',
        'Request log rows the database refused since start, set aside in DATA_DIR/request-log/rejected.jsonl.',
        [{ value: logs.rejected }],
      ),
      renderGauge('cch_log_oldest_row_age_seconds', 'How long the oldest unwritten request log row has waited.', [
        { value: logs.oldestAgeMs / 1000 },
      ]),
      renderGauge(
        'cch_log_write_failing_seconds',
        'How long request log writes have been failing (0 while they work).',
        [{ value: logs.failingSince === null ? 0 : Math.max(0, runtime.now() - logs.failingSince) / 1000 }],
      ),
      ...storeGauges(runtime),
      renderGauge('process_resident_memory_bytes', 'Resident set size in bytes.', [{ value: memory.rss }]),
      renderGauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.', [{ value: memory.heapUsed }]),
      renderGauge('nodejs_heap_total_bytes', 'V8 heap reserved, in bytes.', [{ value: memory.heapTotal }]),
      renderGauge(
        'nodejs_external_memory_bytes',
        'Memory outside the V8 heap held by JavaScript objects (Buffers), in bytes.',
        [{ value: memory.external }],
      ),
    ].join('\n');
    return reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8').send(`${text}\n`);
  });
};
