import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { messageBody } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const ROUNDS = 30;

let gateway: GatewayHarness;
let upstream: MockUpstream;
let key: string;

/** ms from sending a streamed request to its first body byte, and to its end. */
async function timeStream(): Promise<{ ttfb: number; total: number }> {
  const started = performance.now();
  const response = await fetch(`${gateway.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': key },
    body: JSON.stringify(messageBody({ stream: true })),
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  await reader.read();
  const ttfb = performance.now() - started;
  while (!(await reader.read()).done);
  return { ttfb, total: performance.now() - started };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

beforeAll(async () => {
  [gateway, upstream] = await Promise.all([
    startGateway(),
    // a stream spread over time, as real ones are: 40 frames 1 ms apart
    startMockUpstream({ name: 'ttfb', tokensPerStream: 40, chunkDelayMs: 1, record: false }),
  ]);
  await gateway.addProvider({ baseUrl: upstream.url });
  ({ key } = await gateway.addCaller());
});
afterAll(async () => Promise.all([gateway?.close(), upstream?.close()]));

describe('body storage and the relay', () => {
  it('leaves the time to first byte where it was (figures printed)', async () => {
    const runs = { off: [] as { ttfb: number; total: number }[], on: [] as { ttfb: number; total: number }[] };
    const setStorage = (on: boolean) =>
      adminFetch(gateway.url, 'PATCH', '/settings/runtime', { body: { storeBodies: on ? true : null } });
    for (let i = 0; i < 5; i++) await timeStream(); // warm up
    // alternate in blocks so drift of the shared machine hits both sides alike
    for (let round = 0; round < ROUNDS; round += 5) {
      for (const mode of ['off', 'on'] as const) {
        await setStorage(mode === 'on');
        for (let i = 0; i < 5; i++) runs[mode].push(await timeStream());
      }
    }
    await setStorage(false);
    const figures = Object.fromEntries(
      (['off', 'on'] as const).map((mode) => {
        const ttfb = runs[mode].map((run) => run.ttfb);
        const total = runs[mode].map((run) => run.total);
        return [
          mode,
          {
            ttfbP50: +percentile(ttfb, 0.5).toFixed(2),
            ttfbP90: +percentile(ttfb, 0.9).toFixed(2),
            totalP50: +percentile(total, 0.5).toFixed(2),
          },
        ];
      }),
    ) as Record<'off' | 'on', { ttfbP50: number; ttfbP90: number; totalP50: number }>;
    console.log(`stored bodies, ${ROUNDS} streamed requests each (ms):`, JSON.stringify(figures));
    await gateway.flushLogs();
    // the capture only keeps references while the answer goes out: no measurable first-byte cost
    expect(figures.on.ttfbP50).toBeLessThan(figures.off.ttfbP50 * 1.5 + 3);
  });
});
