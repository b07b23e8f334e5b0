import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startGatewayProcess as start, waitReady } from './support/gateway-process.js';

describe('the gateway process on embedded defaults', () => {
  let dataDir: string;
  let consoleDir: string;
  let port: number;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cch-main-'));
    consoleDir = join(dataDir, 'console-dist');
    await mkdir(consoleDir);
    await writeFile(
      join(consoleDir, 'index.html'),
      '<!doctype html><title>Claude Code Hub</title><div id="root"></div>',
    );
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints a generated admin token once, serves the console, keeps data on restart, stops on SIGTERM', async () => {
    const env = { PORT: String(port), DATA_DIR: dataDir, CONSOLE_DIR: consoleDir, ENABLE_SECURE_COOKIES: 'false' };
    const first = start(env);
    await waitReady(base, first);
    const token = (await readFile(join(dataDir, 'admin-token'), 'utf8')).trim();
    expect(token).toMatch(/^cch-admin-/);
    expect(first.output()).toContain(token);

    const ready = (await (await fetch(`${base}/readyz`)).json()) as {
      database: { kind: string };
      store: { kind: string };
    };
    expect(ready).toMatchObject({ database: { kind: 'pglite' }, store: { kind: 'memory' } });
    const page = await fetch(`${base}/users`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const created = await fetch(`${base}/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'survives-restart' }),
    });
    expect(created.status).toBe(201);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start(env);
    try {
      await waitReady(base, second);
      expect(second.output()).not.toContain(token);
      const users = await fetch(`${base}/admin/users`, { headers: { authorization: `Bearer ${token}` } });
      expect(users.status).toBe(200);
      expect(JSON.stringify(await users.json())).toContain('survives-restart');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 120_000);

  it('refuses to start on a bad value, naming the variable', async () => {
    const started = start({ PORT: 'not-a-port', DATA_DIR: dataDir });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('PORT');
    expect(started.output()).toContain('expected a port number');
  }, 60_000);
});
