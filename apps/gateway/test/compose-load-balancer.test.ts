/**
 * docker-compose.yaml's load balancer: deploy/haproxy.cfg run by Debian's HAProxy in front of two
 * real gateways on loopback (only the listen address and the replicas' addresses are rewritten).
 * A replica gets traffic only while its /readyz answers 200, and one that goes away costs no request.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, findExecutable, freePort, spawnServer, waitUntil } from '@cch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch } from './support/admin-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const CONFIG = new URL('../../../deploy/haproxy.cfg', import.meta.url).pathname;
const haproxy = findExecutable('haproxy');
if (!haproxy && process.env.CI) throw new Error('haproxy is required under CI (Debian: haproxy; .ci/run installs it)');

function rewrite(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`haproxy.cfg has ${count} × "${from}"; this test rewrites exactly one`);
  return text.replace(from, to);
}

describe.skipIf(!haproxy)('the compose load balancer (deploy/haproxy.cfg)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cch-haproxy-'));
  let replicas: GatewayHarness[] = [];
  let balancer: ChildServer;
  let base: string;

  /** Which replica answered: each has one provider named after it. */
  const servedBy = async (): Promise<string> => {
    const response = await adminFetch(base, 'GET', '/providers');
    if (response.status !== 200) return `status ${response.status}`;
    return /"name":"(gateway-\d)"/.exec(response.text)?.[1] ?? 'unknown';
  };
  const servedByMany = (count: number) => Promise.all(Array.from({ length: count }, servedBy));

  beforeAll(async () => {
    replicas = await Promise.all([startGateway(), startGateway()]);
    await Promise.all(
      replicas.map((replica, i) => replica.addProvider({ name: `gateway-${i + 1}`, baseUrl: 'http://127.0.0.1:9' })),
    );
    const port = await freePort();
    let config = readFileSync(CONFIG, 'utf8');
    config = rewrite(config, 'bind :23000', `bind 127.0.0.1:${port}`);
    for (const [i, replica] of replicas.entries()) {
      config = rewrite(config, `gateway-${i + 1}:23000 check`, `${new URL(replica.url).host} check`);
    }
    writeFileSync(join(dir, 'haproxy.cfg'), config);
    balancer = spawnServer(haproxy ?? 'haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')]);
    base = `http://127.0.0.1:${port}`;
    await waitUntil('haproxy', async () => (await servedBy()).startsWith('gateway-'), 10_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${balancer.output()}`);
    });
  });
  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(replicas.map((replica) => replica.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('spreads requests over both ready replicas', async () => {
    expect(new Set(await servedByMany(12))).toEqual(new Set(['gateway-1', 'gateway-2']));
  });

  it('takes a replica out while its /readyz fails and brings it back when it recovers', async () => {
    // Unready the way production gets there: its request log has failed to write for an hour
    // (a lost Redis does not make a replica unready, see plugins/health.ts).
    const { runtime } = replicas[0] as GatewayHarness;
    const stats = runtime.logWriter.stats.bind(runtime.logWriter);
    runtime.logWriter.stats = () => ({ ...stats(), failingSince: runtime.now() - 3_600_000 });
    expect((await fetch(`${replicas[0]?.url}/readyz`)).status).toBe(503);
    const started = Date.now();
    await waitUntil('gateway-1 out of rotation', async () => (await servedByMany(8)).every((n) => n === 'gateway-2'));
    expect(Date.now() - started).toBeLessThan(5_000);
    runtime.logWriter.stats = stats;
    await waitUntil('gateway-1 back in rotation', async () => (await servedByMany(8)).includes('gateway-1'));
  });

  it('loses no request when a replica goes away between health checks', async () => {
    await replicas[1]?.app.close();
    const answers = await servedByMany(12).catch((error: Error) => {
      throw new Error(`${error.message} ${base}\n${balancer.output()}`);
    });
    expect(answers).toEqual(Array.from({ length: 12 }, () => 'gateway-1'));
  });
});
