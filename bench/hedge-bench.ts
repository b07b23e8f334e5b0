// Hedged streams against a provider with a slow tail: p50/p99 time to first byte with hedging off
// and on. Provider A (first choice) answers 5% of streams with its first content 800 ms late;
// provider B is always quick. With hedging on, A hedges onto B after 100 ms without a first byte.
// In process (embedded gateway, two mock upstreams), sequential requests, each its own session.
// Run: cd apps/gateway && node_modules/.bin/tsx --conditions=source ../../bench/hedge-bench.ts (about 1 minute)
// Options (environment): HEDGE_BENCH_REQUESTS=400, HEDGE_BENCH_SLOW_MS=800, HEDGE_BENCH_AFTER_MS=100.
import { DEFAULT_PROVIDER_TIMEOUTS } from '../packages/core/src/index.js';
import { startMockUpstream } from '../apps/gateway/test/mock-upstream/index.js';
import { startGateway } from '../apps/gateway/test/support/gateway-harness.js';
import { percentile } from './load.js';

const REQUESTS = Number(process.env['HEDGE_BENCH_REQUESTS'] ?? 400);
const SLOW_MS = Number(process.env['HEDGE_BENCH_SLOW_MS'] ?? 800);
const HEDGE_AFTER_MS = Number(process.env['HEDGE_BENCH_AFTER_MS'] ?? 100);
const SLOW_SHARE = 0.05;

/** Deterministic slow-tail pattern, the same for both runs: every 20th request is slow. */
const isSlow = (i: number) => i % Math.round(1 / SLOW_SHARE) === 7;

async function measure(
  hedgeAfterMs: number | null,
  count = REQUESTS,
): Promise<{ ttfb: number[]; servedByB: number; bRequests: number }> {
  const upstreamA = await startMockUpstream({ name: 'A', record: false });
  const upstreamB = await startMockUpstream({ name: 'B', record: false });
  const gateway = await startGateway();
  try {
    const timeouts = { ...DEFAULT_PROVIDER_TIMEOUTS, hedgeAfterMs };
    await gateway.addProvider({ name: 'A', baseUrl: upstreamA.url, priority: 0, retryBudget: 0, timeouts });
    await gateway.addProvider({ name: 'B', baseUrl: upstreamB.url, priority: 1, retryBudget: 0 });
    const { key } = await gateway.addCaller();
    const ttfb: number[] = [];
    let servedByB = 0;
    for (let i = 0; i < count; i++) {
      if (isSlow(i)) upstreamA.queueFaults({ kind: 'slow-stream', delayMs: SLOW_MS });
      const started = performance.now();
      const response = await fetch(`${gateway.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({
          model: 'claude-sonnet-4-5',
          max_tokens: 64,
          stream: true,
          messages: [{ role: 'user', content: `hedge bench ${hedgeAfterMs} ${i}` }],
        }),
      });
      const reader = response.body!.getReader();
      await reader.read();
      ttfb.push(performance.now() - started);
      if (response.headers.get('x-mock-upstream') === 'B') servedByB++;
      await reader.cancel(); // the rest of a slow stream would only lengthen the run
    }
    return { ttfb, servedByB, bRequests: upstreamB.requestCount };
  } finally {
    await gateway.close();
    await upstreamA.close();
    await upstreamB.close();
  }
}

const row = (label: string, result: Awaited<ReturnType<typeof measure>>) => {
  const sorted = [...result.ttfb].sort((x, y) => x - y);
  const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
  const served = `served by B ${result.servedByB}/${REQUESTS}, B requests ${result.bRequests}`;
  const quantiles = `p50 ${ms(50).padStart(10)}  p90 ${ms(90).padStart(10)}  p99 ${ms(99).padStart(10)}`;
  return `${label.padEnd(22)} ${quantiles}  ${served}`;
};

console.log(`${REQUESTS} sequential streams; A: ${SLOW_SHARE * 100}% first content ${SLOW_MS} ms late; B: quick`);
await measure(HEDGE_AFTER_MS, 40); // warm-up: JIT, module loading
console.log(row('hedging off', await measure(null)));
console.log(row(`hedging on (${HEDGE_AFTER_MS} ms)`, await measure(HEDGE_AFTER_MS)));
process.exit(0);
