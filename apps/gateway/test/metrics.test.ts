import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

let gateway: GatewayHarness;
let upstream: MockUpstream;

afterEach(async () => {
  await Promise.all([gateway.close(), upstream.close()]);
});

async function scrape(
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(`${gateway.url}/metrics`, { headers });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

/** The value of one sample line, e.g. `cch_requests_total{protocol="anthropic",…}`. */
function sample(text: string, prefix: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics', () => {
  beforeEach(async () => {
    gateway = await startGateway();
    upstream = await startMockUpstream({ name: 'A' });
  });

  it('counts requests, tokens, upstream errors and shows the breaker that opened', async () => {
    const provider = await gateway.addProvider({
      name: 'alpha',
      baseUrl: upstream.url,
      circuitBreaker: { failureThreshold: 2, openDurationMs: 60_000, halfOpenSuccesses: 1, countNetworkErrors: true },
      retryBudget: 0,
    });
    const { key } = await gateway.addCaller();
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    expect((await callMessages(gateway.url, { key, stream: true })).status).toBe(200);
    upstream.setFault({ kind: 'status', status: 500 });
    for (let i = 0; i < 2; i++) expect((await callMessages(gateway.url, { key })).status).toBeGreaterThanOrEqual(500);
    await gateway.flushLogs();

    const { status, text, type } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(sample(text, 'cch_requests_total{protocol="anthropic",endpoint="anthropic.messages",status="2xx"}')).toBe(2);
    expect(sample(text, 'cch_request_duration_seconds_count{protocol="anthropic"}')).toBe(4);
    expect(sample(text, 'cch_upstream_attempts_total{provider="alpha",outcome="ok"}')).toBe(2);
    expect(sample(text, 'cch_upstream_attempts_total{provider="alpha",outcome="upstream_5xx"}')).toBeGreaterThanOrEqual(
      2,
    );
    expect(sample(text, 'cch_tokens_total{kind="input"}')).toBeGreaterThan(0);
    expect(sample(text, 'cch_breaker_state{provider="alpha",state="open"}')).toBe(1);
    expect(sample(text, 'cch_breaker_state{provider="alpha",state="closed"}')).toBe(0);
    expect(sample(text, 'cch_log_rows_written')).toBe(4);
    expect(sample(text, 'cch_log_queue_depth')).toBe(0);
    expect(sample(text, 'cch_limiter_degraded_admissions')).toBe(0);
    expect(text).not.toContain('sk-ant-provider-secret');
    expect(text).toContain(provider.name);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  beforeEach(async () => {
    gateway = await startGateway({ env: { METRICS_TOKEN: 'metrics-token-0123456789' } });
    upstream = await startMockUpstream({ name: 'A' });
  });

  it('refuses a scrape without the token and answers with it', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer wrong' })).status).toBe(401);
    const ok = await scrape({ authorization: 'Bearer metrics-token-0123456789' });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('# TYPE cch_requests_total counter');
  });
});
