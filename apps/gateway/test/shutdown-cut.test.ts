import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch, body } from './support/admin-client.js';
import { callMessages, messageBody } from './support/anthropic-client.js';
import { TEST_ADMIN_TOKEN } from './support/gateway-harness.js';
import { freePort, logLines, startGatewayProcess, waitReady } from './support/gateway-process.js';

const GRACE_MS = 800;

/** Reads a streamed answer until `text` has arrived; the rest keeps arriving into the returned promise. */
async function openStream(base: string, key: string): Promise<{ head: string; rest: Promise<string> }> {
  const response = await fetch(`${base}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': key },
    body: JSON.stringify(messageBody({ stream: true })),
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader(); // a 200 stream has a body
  const decoder = new TextDecoder();
  let head = '';
  while (!head.includes('content_block_delta')) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended early: ${head}`);
    head += decoder.decode(value, { stream: true });
  }
  const rest = (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return text;
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { head, rest };
}

/**
 * SIGTERM with requests still running past SHUTDOWN_GRACE_MS used to end them with a bare TCP
 * reset and lose their log rows (settlement ran after the writer was closed). Now a stream gets
 * its protocol's error event, a request still waiting for its provider a 503 in its shape, and
 * both rows are written before the process exits.
 */
describe('SIGTERM past the grace period', () => {
  let upstream: MockUpstream;
  let dataDir: string;
  let env: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    [upstream, dataDir] = await Promise.all([startMockUpstream({ name: 'cut' }), mkdtemp(join(tmpdir(), 'cch-cut-'))]);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ENCRYPTION_KEY: 'cut-test-encryption-key-0123456789abcdef',
      SERVE_CONSOLE: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    };
  });
  afterAll(async () => {
    await upstream?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('ends a running stream with an error event, answers a waiting request 503, and logs both', async () => {
    const first = startGatewayProcess(env);
    await waitReady(base, first);
    const provider = await adminFetch(base, 'POST', '/providers', {
      body: { name: 'cut', type: 'claude', baseUrl: upstream.url, apiKey: 'sk-ant-cut-0123456789' },
    });
    expect(provider.status).toBe(201);
    const user = await adminFetch(base, 'POST', '/users', { body: { name: 'cut-user' } });
    const created = await adminFetch(base, 'POST', `/users/${String(body(user).id)}/keys`, { body: { name: 'k' } });
    const key = String(body(created).key);

    upstream.queueFaults({ kind: 'slow-stream', delayMs: 1_500 }, { kind: 'hang' });
    const stream = await openStream(base, key);
    const waiting = callMessages(base, { key });
    await expect.poll(() => upstream.requestCount, { timeout: 5_000 }).toBe(2);

    const signalledAt = Date.now();
    first.child.kill('SIGTERM');
    const [rest, answer, exitCode] = await Promise.all([stream.rest, waiting, first.exited]);
    expect(exitCode).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(GRACE_MS + 5_000);

    expect(rest).toMatch(/event: error\ndata: \{"type":"error","error":\{"type":"overloaded_error"/);
    expect(rest).toContain('restarting');
    expect(rest).not.toContain('message_stop');
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
    const [cut] = logLines(first.output(), 'cutting the requests still running');
    expect(cut).toMatchObject({ running: 2 });
    expect(logLines(first.output(), 'still unsettled')).toEqual([]);

    const second = startGatewayProcess(env);
    try {
      await waitReady(base, second);
      const logs = body(await adminFetch(base, 'GET', '/logs?limit=10')).items as Record<string, unknown>[];
      const classes = logs.map((row) => [row.errorClass, row.statusCode]);
      expect(classes).toEqual(
        expect.arrayContaining([
          ['shutting_down', 200],
          ['shutting_down', 503],
        ]),
      );
      const streamed = logs.find((row) => row.statusCode === 200);
      expect(Number(streamed?.inputTokens)).toBeGreaterThan(0); // the part already streamed is billed
      // a cut is the gateway's doing, never the provider's: its breaker stays closed
      const providers = body(await adminFetch(base, 'GET', '/providers')).items as Record<string, unknown>[];
      expect(JSON.stringify(providers[0])).not.toContain('"open"');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 120_000);
});
