import { createRedisStore } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../src/config.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { withLimits } from './support/limit-fixtures.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from './support/redis-server.js';

const RPM = 5;
/** The shipped default (the harness would otherwise set its own). */
const STORE_TIMEOUT_MS = configSchema.shape.STORE_TIMEOUT_MS.parse(undefined);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * A frozen Redis (SIGSTOP: connections stay open, nothing answers) used to cost every request
 * about 4 s of store timeouts. The gateway's own redis-server is frozen mid-traffic.
 */
describe.skipIf(!redisServerAvailable())('a frozen Redis', () => {
  let redis: RedisServer;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let key: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    upstream = await startMockUpstream({ name: 'frozen' });
    gateway = await startGateway({
      store: createRedisStore({ url: redis.url, prefix: 'frozen:' }),
      env: { STORE_TIMEOUT_MS: String(STORE_TIMEOUT_MS) },
    });
    await gateway.addProvider({ baseUrl: upstream.url });
    ({ key } = await gateway.addCaller({ limits: withLimits({ rpm: RPM, usdDaily: '100' }) }));
  });
  afterAll(async () => {
    redis?.resume();
    await gateway?.close();
    await upstream?.close();
    await redis?.stop();
  });

  /** 4 waves of 10 concurrent requests. */
  const waves = async () => {
    const results: { status: number; ms: number }[] = [];
    for (let wave = 0; wave < 4; wave++) results.push(...(await Promise.all(Array.from({ length: 10 }, timed))));
    return results;
  };
  const timed = async () => {
    const began = performance.now();
    const { status } = await callMessages(gateway.url, { key });
    return { status, ms: performance.now() - began };
  };

  it('serves fail-open within milliseconds, stays ready, and enforces limits again once Redis answers', async () => {
    for (let i = 0; i < RPM; i++) expect((await timed()).status).toBe(200);
    expect((await timed()).status).toBe(429);
    // the same load with Redis answering (refused by RPM, but through the same store calls)
    const healthy = (await waves()).map((r) => r.ms);

    redis.pause();
    const results = await waves();
    const frozen = results.map((r) => r.ms);
    const summary = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(0)} ms p95 ${percentile(values, 95).toFixed(0)} ms`;
    const figures = `healthy Redis ${summary(healthy)}; frozen ${summary(frozen)}`;
    if (process.env.CCH_PRINT_FIGURES) console.log(figures);
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(200));
    // a frozen Redis adds at most a store timeout or two, not seconds (absolute figures depend on the machine's load)
    expect(percentile(frozen, 95), figures).toBeLessThan(percentile(healthy, 95) + 2 * STORE_TIMEOUT_MS + 100);

    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    const health = (await (await fetch(`${gateway.url}/healthz`)).json()) as { store: Record<string, unknown> };
    expect(health.store).toMatchObject({ kind: 'redis', serving: 'fail-open', breaker: 'open' });
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toContain('cch_store_breaker_state{state="open"} 1');
    expect(metrics).toMatch(/^cch_limiter_degraded_admissions 4\d$/m);

    redis.resume();
    await expect.poll(async () => (await timed()).status, { timeout: 15_000, interval: 250 }).toBe(429);
    const healed = (await (await fetch(`${gateway.url}/healthz`)).json()) as { store: Record<string, unknown> };
    expect(healed.store).toMatchObject({ serving: 'normal', breaker: 'closed' });
  });
});
