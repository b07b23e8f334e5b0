/**
 * The console image's nginx.conf, served by Debian's nginx as the image's nginx would: the built
 * SPA from a temporary prefix, with the gateway (a real one on loopback) behind `gateway:23000`.
 * Only the listen port, the web root and the gateway's address are rewritten.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, findExecutable, freePort, spawnServer, waitUntil } from '@cch/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { callMessages } from './support/anthropic-client.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

const CONF = new URL('../../console/nginx.conf', import.meta.url).pathname;
const DIST = new URL('../../console/dist', import.meta.url).pathname;
const nginx = findExecutable('nginx');
if (!nginx && process.env.CI) throw new Error('nginx is required under CI (Debian: nginx-light; .ci/run installs it)');

/** Replaces `from` in `text`, failing when the image's config no longer contains it exactly once. */
function rewrite(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`nginx.conf has ${count} × "${from}"; this test rewrites exactly one`);
  return text.replace(from, to);
}

/** The official nginx image's /etc/nginx/nginx.conf, with its paths moved into `prefix`. */
function mainConfig(prefix: string): string {
  return `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  keepalive_timeout 65;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/conf.d/*.conf;
}
`;
}

describe.skipIf(!nginx)("the console image's nginx.conf", () => {
  const prefix = mkdtempSync(join(tmpdir(), 'cch-nginx-'));
  let server: ChildServer;
  let gateway: GatewayHarness;
  let upstream: MockUpstream;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is not built: run pnpm build first`);
    [gateway, upstream] = await Promise.all([
      startGateway(),
      startMockUpstream({ name: 'N', chunkDelayMs: 150, tokensPerStream: 4 }),
    ]);
    const port = await freePort();
    let site = readFileSync(CONF, 'utf8');
    site = rewrite(site, 'listen 80;', `listen 127.0.0.1:${port};`);
    site = rewrite(site, 'root /usr/share/nginx/html;', `root ${DIST};`);
    site = rewrite(site, 'http://gateway:23000', gateway.url);
    writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix));
    mkdirSync(join(prefix, 'conf.d'));
    writeFileSync(join(prefix, 'conf.d/default.conf'), site);
    server = spawnServer(nginx ?? 'nginx', [
      '-p',
      prefix,
      '-c',
      join(prefix, 'nginx.conf'),
      '-e',
      join(prefix, 'error.log'),
      '-g',
      'daemon off;',
    ]);
    base = `http://127.0.0.1:${port}`;
    await waitUntil('nginx', () => fetch(`${base}/`).then((response) => response.ok), 10_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server.output()}`);
    });
  });
  afterAll(async () => {
    await server?.stop('SIGQUIT');
    await Promise.all([gateway?.close(), upstream?.close()]);
    rmSync(prefix, { recursive: true, force: true });
  });

  it('serves the SPA at / and at any client-side route, never cached', async () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    for (const path of ['/', '/providers', '/users/123', '/usage-guide?client=codex']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(index);
    }
  });

  it('caches content-hashed assets for a year, compressed; a missing one is a 404, not the page', async () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
    const response = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    // the build's own .gz, sent as it is (compressing on the fly would have no length up front)
    expect(Number(response.headers.get('content-length'))).toBe(statSync(join(DIST, `${script}.gz`)).size);
    expect(await response.text()).toBe(readFileSync(join(DIST, script), 'utf8'));
    const missing = await fetch(`${base}/assets/index-0000000.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toBe(index);
  });

  it('passes /admin, health and /v1 to the gateway, streams unbuffered', async () => {
    const openapi = await fetch(`${base}/admin/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
    const me = await fetch(`${base}/admin/me`);
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toContain('application/problem+json');
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
    // the public status page is the gateway's (404 while off), never the SPA's page
    for (const path of ['/status', '/status.json']) {
      const status = await fetch(`${base}${path}`);
      expect(status.status, path).toBe(404);
      expect(await status.json()).toEqual({ error: 'not found' });
    }

    await gateway.addProvider({ baseUrl: upstream.url });
    const { key } = await gateway.addCaller();
    expect((await callMessages(base, { key })).status).toBe(200);

    // The mock spaces its frames 150 ms apart: the first must arrive long before the last.
    const started = Date.now();
    const response = await fetch(`${base}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5',
        max_tokens: 64,
        stream: true,
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    const firstAt = Date.now() - started;
    let rest = '';
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      rest += new TextDecoder().decode(chunk.value);
    }
    const endAt = Date.now() - started;
    expect(new TextDecoder().decode(first?.value)).toContain('event: message_start');
    expect(rest).toContain('event: message_stop');
    expect(endAt - firstAt).toBeGreaterThan(500);
  });
});
