import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { withLimits } from './support/limit-fixtures.js';

/** One user must never be able to affect another, whatever they send. */

let upstream: MockUpstream;
let gateway: GatewayHarness;
let providerId: string;
let alice: string;
let mallory: string;

beforeAll(async () => {
  upstream = await startMockUpstream({ name: 'A' });
  gateway = await startGateway();
  providerId = (await gateway.addProvider({ baseUrl: upstream.url })).id;
  alice = (await gateway.addCaller()).key;
  mallory = (await gateway.addCaller({ limits: withLimits({ usdDaily: '0.000001' }) })).key;
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
});

async function breakerFailures(): Promise<number> {
  const [state] = await gateway.runtime.store.getBreakers([`breaker:${providerId}`]);
  return state?.failures ?? 0;
}

/** Alice's latencies (ms) for `count` sequential requests. */
async function aliceLatencies(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    expect((await callMessages(gateway.url, { key: alice, sessionId: '' })).status).toBe(200);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** POSTs `megabytes` of body, streamed (never held in this process), and resolves with the status. */
function hugeBody(key: string, megabytes: number): Promise<number> {
  const url = new URL(gateway.url);
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  let sent = 0;
  const body = new Readable({
    read() {
      this.push(sent++ < megabytes ? chunk : null);
    },
  });
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: 'POST', path: '/v1/messages', headers: { 'x-api-key': key } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve(0)); // the gateway may close the socket while we still send
    body.pipe(req);
  });
}

describe('two users on one provider', () => {
  it('junk headers of one user never reach the provider or open its breaker for the other', async () => {
    const junk = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`x-junk-${i}`, 'j']));
    for (let i = 0; i < 5; i++) {
      const result = await callMessages(gateway.url, { key: alice.replace(/.$/, ''), headers: junk });
      expect(result.status).toBe(401);
    }
    const own = await callMessages(gateway.url, { key: (await gateway.addCaller()).key, headers: junk });
    expect(own.status).toBe(200);
    expect(Object.keys(upstream.requests.at(-1)?.headers ?? {}).some((name) => name.startsWith('x-junk'))).toBe(false);
    expect(await breakerFailures()).toBe(0);
    expect((await aliceLatencies(3)).length).toBe(3);
  });

  it('requests the provider refuses as invalid do not count against it', async () => {
    upstream.setFault({ kind: 'invalid-request' });
    try {
      for (let i = 0; i < 8; i++) expect((await callMessages(gateway.url, { key: mallory })).status).toBe(400);
    } finally {
      upstream.setFault(null);
    }
    await new Promise((resolve) => setTimeout(resolve, 30)); // breaker feedback is written off the response path
    expect(await breakerFailures()).toBe(0);
    expect((await callMessages(gateway.url, { key: alice })).status).toBe(200);
  });

  it('huge bodies with a bad key are refused unread and do not slow the other user down', async () => {
    const quiet = await aliceLatencies(15);
    const rssBefore = process.memoryUsage().rss;
    const flood = Promise.all(Array.from({ length: 8 }, () => hugeBody('sk-wrong-key', 60)));
    const during = await aliceLatencies(15);
    const statuses = await flood;
    expect(statuses.every((status) => status === 401)).toBe(true);
    // the gateway (in this process) neither read nor buffered the 480 MB: 401, connection closed
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    const median = (times: number[]) => times[Math.floor(times.length / 2)]!;
    expect(median(during)).toBeLessThan(Math.max(200, median(quiet) * 5));
  });

  it('a spent budget refuses only its own user', async () => {
    expect((await callMessages(gateway.url, { key: mallory })).status).toBe(200);
    for (let i = 0; i < 50 && (await callMessages(gateway.url, { key: mallory })).status !== 402; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // settlement runs off the response path
    }
    expect((await callMessages(gateway.url, { key: mallory })).status).toBe(402);
    expect((await callMessages(gateway.url, { key: alice })).status).toBe(200);
  });
});
