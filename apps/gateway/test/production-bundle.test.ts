/**
 * The gateway image's contents without Docker: scripts/build-bundle.sh (what the Dockerfile runs)
 * builds the bundle into an empty temporary folder, and that folder alone, started with nothing
 * but Node.js, migrates its database, answers /readyz and serves the console.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, migrations } from '@cch/core';
import { type ChildServer, createScratchDatabase, freePort, spawnServer, waitUntil } from '@cch/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../scripts/build-bundle.sh', import.meta.url).pathname;
const serverUrl = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'cch-bundle-'));
const bundle = join(work, 'app');

/** Every symlink under `dir` whose target lies outside `root`. */
function linksLeaving(root: string, dir = root): string[] {
  const leaving: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = resolve(dirname(path), readlinkSync(path));
      if (relative(root, target).startsWith('..')) leaving.push(`${path} -> ${target}`);
    } else if (entry.isDirectory()) {
      leaving.push(...linksLeaving(root, path));
    }
  }
  return leaving;
}

interface Running {
  base: string;
  server: ChildServer;
}

/** `node dist/main.js` in the bundle, with PATH holding only Node.js and no other variable but `env`. */
async function startBundle(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const server = spawnServer(process.execPath, ['dist/main.js'], {
    cwd: bundle,
    env: { PATH: dirname(process.execPath), PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  const base = `http://127.0.0.1:${port}`;
  const ready = () => fetch(`${base}/readyz`).then((response) => response.status === 200);
  await waitUntil('the bundled gateway', ready, 60_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${server.output()}`);
  });
  return { base, server };
}

async function appliedMigrations(query: () => Promise<{ rows: { name: string }[] }>): Promise<string[]> {
  return (await query()).rows.map((row) => row.name).sort();
}

describe('the production bundle (apps/gateway/Dockerfile)', () => {
  beforeAll(async () => {
    await promisify(execFile)('sh', [SCRIPT, bundle], { timeout: 180_000 });
  }, 200_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('holds the built gateway, its production dependencies and the console, nothing pointing outside', () => {
    expect(existsSync(join(bundle, 'dist/main.js'))).toBe(true);
    expect(existsSync(join(bundle, 'console/index.html'))).toBe(true);
    expect(existsSync(join(bundle, 'src'))).toBe(false);
    expect(existsSync(join(bundle, 'node_modules/vitest'))).toBe(false);
    expect(linksLeaving(bundle)).toEqual([]);
  });

  it('holds the import-cch command the README runs in the container', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli/import-cch.js', '--help'], {
      cwd: bundle,
      env: { PATH: dirname(process.execPath) },
    });
    expect(stdout).toContain('--from <url>');
  });

  it('starts on embedded storage from the folder alone: migrates, is ready, serves the console', async () => {
    const dataDir = join(work, 'data');
    const { base, server } = await startBundle({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ENABLE_SECURE_COOKIES: 'false',
    });
    try {
      expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ database: { kind: 'pglite', ok: true } });
      const page = await fetch(`${base}/providers`);
      const html = await page.text();
      expect(html).toContain('<div id="root">');
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
      const script = await fetch(`${base}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(script.status).toBe(200);
      expect(script.headers.get('cache-control')).toContain('immutable');
      expect(script.headers.get('content-encoding')).toBe('br'); // the console build's own .br copy
      const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
      const users = await fetch(`${base}/admin/users`, { headers: { authorization: `Bearer ${token}` } });
      expect(users.status).toBe(200);
      // The startup line names the absolute DATA_DIR as given (it used to prepend the working directory).
      expect(server.output()).toContain(`"dataDir":"${dataDir}"`);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    const handle = await createDatabase({ dataDir });
    try {
      const applied = await appliedMigrations(() =>
        sql<{ name: string }>`select name from kysely_migration`.execute(handle.db),
      );
      expect(applied).toEqual(Object.keys(migrations).sort());
    } finally {
      await handle.close();
    }
  }, 120_000);

  it.skipIf(!serverUrl)(
    'migrates an empty PostgreSQL database at start',
    async () => {
      const database = await createScratchDatabase(serverUrl ?? '', 'bundle');
      try {
        const { base, server } = await startBundle({
          DATA_DIR: join(work, 'data-pg'),
          DATABASE_URL: database.url,
          ADMIN_TOKEN: 'bundle-admin-token-0123456789',
          ENCRYPTION_KEY: 'bundle-encryption-key-0123456789abcdef',
          LOG_LEVEL: 'warn',
        });
        try {
          expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({
            database: { kind: 'postgres', ok: true },
          });
        } finally {
          await server.stop('SIGTERM');
        }
        const handle = await createDatabase({ databaseUrl: database.url, dataDir: '/unused' });
        try {
          const applied = await appliedMigrations(() =>
            sql<{ name: string }>`select name from kysely_migration`.execute(handle.db),
          );
          expect(applied).toEqual(Object.keys(migrations).sort());
        } finally {
          await handle.close();
        }
      } finally {
        await database.drop();
      }
    },
    60_000,
  );
});
