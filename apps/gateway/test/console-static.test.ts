import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';

// A console build as apps/console's precompress plugin leaves it: each hashed asset with its
// .br and .gz copies next to it.
const SCRIPT = `export const answer = ${JSON.stringify('forty-two '.repeat(400))};\n`;
const ASSET = '/assets/index-AbC123.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function get(url: string, acceptEncoding?: string) {
  const response = await fetch(
    url,
    acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } },
  );
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the console files the gateway serves', () => {
  let gateway: GatewayHarness;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = await mkdtemp(join(tmpdir(), 'cch-console-static-'));
    await mkdir(join(consoleDir, 'assets'));
    await writeFile(join(consoleDir, 'index.html'), `<!doctype html><script type="module" src="${ASSET}"></script>`);
    await writeFile(join(consoleDir, ASSET), SCRIPT);
    await writeFile(join(consoleDir, `${ASSET}.br`), brotliCompressSync(SCRIPT));
    await writeFile(join(consoleDir, `${ASSET}.gz`), gzipSync(SCRIPT));
    gateway = await startGateway({ consoleDir });
  });
  afterAll(async () => {
    await gateway?.close();
    await rm(consoleDir, { recursive: true, force: true });
  });

  // fetch decodes the body itself; content-length is what went over the wire.
  it('sends a hashed asset as its .br, else .gz, else plain copy; cached a year, varying by encoding', async () => {
    const br = await get(`${gateway.url}${ASSET}`, 'gzip, deflate, br');
    expect(br.response.headers.get('content-encoding')).toBe('br');
    expect(br.bytes.toString()).toBe(SCRIPT);
    expect(Number(br.response.headers.get('content-length'))).toBe(brotliCompressSync(SCRIPT).byteLength);

    const gz = await get(`${gateway.url}${ASSET}`, 'gzip');
    expect(gz.response.headers.get('content-encoding')).toBe('gzip');
    expect(gz.bytes.toString()).toBe(SCRIPT);
    expect(Number(gz.response.headers.get('content-length'))).toBe(gzipSync(SCRIPT).byteLength);

    const plain = await get(`${gateway.url}${ASSET}`, 'identity');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes.toString()).toBe(SCRIPT);

    for (const { response } of [br, gz, plain]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('javascript');
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(response.headers.get('vary')).toContain('accept-encoding');
    }
  });

  it('revalidates the page on every load, at / and at client-side routes', async () => {
    for (const path of ['/', '/logs', '/index.html']) {
      expect((await fetch(`${gateway.url}${path}`, { method: 'HEAD' })).status, path).toBe(200);
      const { response } = await get(`${gateway.url}${path}`, 'br, gzip');
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-type'), path).toContain('text/html');
    }
    expect((await get(`${gateway.url}/assets/index-missing.js`, 'br')).response.status).toBe(404);
  });
});
