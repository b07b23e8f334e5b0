import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availabilitySchema, type PublicStatus } from '@cch/contract';
import { createMemoryStore, type Provider } from '@cch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbeRound } from '../src/status/probe-job.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const MINUTE = 60_000;
const SECRET = 'sk-ant-status-secret-9f8e7d6c5b4a';
const HOSTILE = `Claude <script>alert("x")</script> & 'Co'`;

let healthy: MockUpstream;
let failing: MockUpstream;
let slow: MockUpstream;
let disabledUpstream: MockUpstream;
let consoleDir: string;

beforeAll(async () => {
  [healthy, failing, slow, disabledUpstream] = await Promise.all([
    startMockUpstream({ name: 'healthy' }),
    startMockUpstream({ name: 'failing' }),
    startMockUpstream({ name: 'slow' }),
    startMockUpstream({ name: 'disabled' }),
  ]);
  failing.setFault({ kind: 'status', status: 503 });
  slow.setLatency(700);
  consoleDir = mkdtempSync(join(tmpdir(), 'cch-status-console-'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><html><body>console spa</body></html>');
});

afterAll(async () => {
  await Promise.all([healthy, failing, slow, disabledUpstream].map((upstream) => upstream?.close()));
  rmSync(consoleDir, { recursive: true, force: true });
});

describe('availability probes and the public status page', () => {
  let gateway: GatewayHarness;
  let providers: Record<'healthy' | 'failing' | 'slow' | 'disabled', Provider>;
  // a fixed business clock in the middle of a minute, so every probe lands in one bucket
  let clock = Math.floor(Date.now() / MINUTE) * MINUTE + 20_000;

  beforeAll(async () => {
    gateway = await startGateway({
      env: { PROBE_INTERVAL_SECONDS: '0', PROBE_DEGRADED_MS: '400', LOG_LEVEL: 'error' },
      now: () => clock,
      consoleDir,
    });
    const add = (name: string, baseUrl: string, extra: Partial<Provider> = {}) =>
      gateway.addProvider({ name, baseUrl, apiKey: SECRET, ...extra });
    providers = {
      healthy: await add('real-name-healthy', healthy.url),
      failing: await add('real-name-failing', failing.url),
      slow: await add('real-name-slow', slow.url, { groups: ['pool-east'] }),
      disabled: await add('real-name-disabled', disabledUpstream.url, { enabled: false }),
    };
    expect(await runProbeRound(gateway.runtime, MINUTE)).toBe(3);
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('shows a failing provider down, a slow one degraded, a healthy one up; disabled ones are not probed', async () => {
    const response = await adminFetch(gateway.url, 'GET', '/availability?window=1h');
    expect(response.status, response.text).toBe(200);
    const report = availabilitySchema.parse(response.json);
    const byId = new Map(report.providers.map((provider) => [provider.providerId, provider]));
    expect(byId.get(providers.healthy.id)?.current).toBe('up');
    expect(byId.get(providers.failing.id)?.current).toBe('down');
    expect(byId.get(providers.slow.id)?.current).toBe('degraded');
    expect(byId.get(providers.disabled.id)?.current).toBe('none');
    expect(disabledUpstream.requestCount).toBe(0);
    const failingReport = byId.get(providers.failing.id);
    expect(failingReport?.lastErrors[0]).toMatchObject({ source: 'probe', status: 503 });
    expect(failingReport?.buckets.at(-1)).toMatchObject({ probes: 1, probeFailures: 1, state: 'down' });
    expect(byId.get(providers.slow.id)?.buckets.at(-1)?.probeLatencyMs).toBeGreaterThanOrEqual(400);
  });

  it('probes once per interval: a second round in the same interval does nothing', async () => {
    const before = healthy.requestCount;
    expect(await runProbeRound(gateway.runtime, MINUTE)).toBe(0);
    expect(healthy.requestCount).toBe(before);
  });

  it('answers 404 on /status and /status.json while the page is off (not the console fallback)', async () => {
    const config = await adminFetch(gateway.url, 'GET', '/status-page');
    expect(config.json).toMatchObject({ enabled: false });
    for (const path of ['/status', '/status.json']) {
      const response = await fetch(`${gateway.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('console spa');
    }
  });

  describe('once enabled', () => {
    let json: PublicStatus;
    let jsonText: string;
    let html: string;
    let htmlResponse: Response;

    beforeAll(async () => {
      const put = await adminFetch(gateway.url, 'PUT', '/status-page', {
        body: {
          enabled: true,
          title: 'Acme <b>status</b>',
          entries: [
            { kind: 'provider', ref: providers.healthy.id, publicName: HOSTILE },
            { kind: 'group', ref: 'pool-east', publicName: 'East pool' },
          ],
        },
      });
      expect(put.status).toBe(200);
      const jsonResponse = await fetch(`${gateway.url}/status.json`);
      expect(jsonResponse.status).toBe(200);
      jsonText = await jsonResponse.text();
      json = JSON.parse(jsonText) as PublicStatus;
      htmlResponse = await fetch(`${gateway.url}/status`);
      html = await htmlResponse.text();
    });

    it('lists only the chosen providers and groups, under their public names, with their state', () => {
      expect(json.services.map((service) => service.name)).toEqual([HOSTILE, 'East pool']);
      expect(json.services.map((service) => service.state)).toEqual(['up', 'degraded']);
      expect(json.services[0]?.uptime['24h']).toBe(100);
      expect(json.services[0]?.bars['24h']).toHaveLength(96);
      expect(json.services[0]?.bars['30d']).toHaveLength(90);
      expect(htmlResponse.status).toBe(200);
      expect(htmlResponse.headers.get('content-type')).toMatch(/^text\/html/);
      expect(htmlResponse.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(html).toContain('East pool');
      expect(html).not.toContain('console spa');
    });

    it('leaks no provider name, URL, key, model or cost', () => {
      for (const text of [jsonText, html]) {
        for (const secret of [SECRET, 'real-name', healthy.url, failing.url, slow.url, '127.0.0.1', 'claude-haiku']) {
          expect(text).not.toContain(secret);
        }
        expect(text.toLowerCase()).not.toMatch(/cost|usd|\$/);
        for (const provider of Object.values(providers)) expect(text).not.toContain(provider.id);
      }
    });

    it('escapes every public name in the HTML page', () => {
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>status</b>');
      expect(html).toContain('Claude &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
      expect(html).toContain('<title>Acme &lt;b&gt;status&lt;/b&gt;</title>');
    });

    it('refuses an entry for a provider or group that does not exist', async () => {
      const put = await adminFetch(gateway.url, 'PUT', '/status-page', {
        body: { enabled: true, title: 'x', entries: [{ kind: 'group', ref: 'nope', publicName: 'Nope' }] },
      });
      expect(put.status).toBe(400);
    });
  });

  it('moves on: the next interval probes again and a recovered provider shows up', async () => {
    clock += MINUTE;
    failing.setFault(null);
    expect(await runProbeRound(gateway.runtime, MINUTE)).toBe(3);
    const report = availabilitySchema.parse((await adminFetch(gateway.url, 'GET', '/availability?window=1h')).json);
    const failingNow = report.providers.find((provider) => provider.providerId === providers.failing.id);
    expect(failingNow?.current).toBe('up');
    expect(failingNow?.buckets.slice(-2).map((bucket) => bucket.state)).toEqual(['down', 'up']);
    expect(failingNow?.uptimePercent).toBe(50);
    failing.setFault({ kind: 'status', status: 503 });
  });
});

describe('probe lease across replicas', () => {
  it('two replicas sharing a state store probe once per interval', async () => {
    const store = createMemoryStore();
    const now = () => Math.floor(Date.now() / MINUTE) * MINUTE + 5 * MINUTE + 1_000;
    const shared = { env: { PROBE_INTERVAL_SECONDS: '0' }, store, now };
    const [a, b] = [await startGateway(shared), await startGateway(shared)];
    try {
      const upstream = await startMockUpstream({ name: 'lease' });
      try {
        // each replica has its own database here; both know the same provider
        await a.addProvider({ name: 'leased', baseUrl: upstream.url });
        await b.addProvider({ name: 'leased', baseUrl: upstream.url });
        const rounds = await Promise.all([runProbeRound(a.runtime, MINUTE), runProbeRound(b.runtime, MINUTE)]);
        expect(rounds.sort()).toEqual([0, 1]);
        expect(upstream.requestCount).toBe(1);
      } finally {
        await upstream.close();
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('passive figures from real traffic', () => {
  it('counts requests, 5xx failures and time to first byte per provider and minute', async () => {
    const upstream = await startMockUpstream({ name: 'traffic' });
    const gateway = await startGateway({ env: { PROBE_INTERVAL_SECONDS: '0' } });
    try {
      const provider = await gateway.addProvider({ name: 'traffic', baseUrl: upstream.url });
      const { key } = await gateway.addCaller();
      const call = () =>
        fetch(`${gateway.url}/v1/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
          body: JSON.stringify({
            model: 'claude-sonnet-4-5',
            max_tokens: 8,
            messages: [{ role: 'user', content: 'hi' }],
          }),
        }).then((response) => response.status);
      expect([await call(), await call(), await call()]).toEqual([200, 200, 200]);
      upstream.setFault({ kind: 'status', status: 500 });
      expect(await call()).toBeGreaterThanOrEqual(500);
      await gateway.flushLogs();
      const report = availabilitySchema.parse((await adminFetch(gateway.url, 'GET', '/availability?window=1h')).json);
      const buckets = report.providers.find((p) => p.providerId === provider.id)?.buckets ?? [];
      const withTraffic = buckets.filter((bucket) => bucket.requests > 0);
      expect(withTraffic.reduce((sum, bucket) => sum + bucket.requests, 0)).toBe(4);
      expect(withTraffic.reduce((sum, bucket) => sum + bucket.failures, 0)).toBe(1);
      expect(withTraffic[0]?.p50TtfbMs).not.toBeNull();
      expect(report.providers[0]?.successRate).toBe(75);
      expect(report.providers[0]?.lastErrors[0]).toMatchObject({ source: 'traffic' });
    } finally {
      await gateway.close();
      await upstream.close();
    }
  });
});
