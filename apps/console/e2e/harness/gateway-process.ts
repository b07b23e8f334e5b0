import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { consoleDist, gatewayMain } from './paths';

export interface GatewayProcess {
  url: string;
  adminToken: string;
  /** Everything the gateway printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

// PGlite compiles and migrates on first start: ~15-20 s, and over 80 s when the machine is overloaded.
const READY_TIMEOUT_MS = 150_000;

/**
 * Spawns the built gateway on embedded storage (PGlite + in-memory state) in a fresh temp
 * DATA_DIR, serving the built console, and waits for /readyz.
 */
export async function startGateway(): Promise<GatewayProcess> {
  for (const [path, how] of [
    [gatewayMain, 'pnpm --filter @cch/gateway build'],
    [join(consoleDist, 'index.html'), 'cd apps/console && npx vite build'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing; build it first (${how})`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'cch-e2e-'));
  const port = await freePort();
  const adminToken = 'e2e-admin-token-0123456789abcdef';
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Embedded storage only: a developer's or CI's real database must never be touched.
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'CONSOLE_DIR', 'SERVE_CONSOLE', 'NODE_OPTIONS']) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '0.0.0.0',
    DATA_DIR: dataDir,
    ADMIN_TOKEN: adminToken,
    ENCRYPTION_KEY: 'e2e-encryption-key-0123456789abcdef0123456789',
    ENABLE_SECURE_COOKIES: 'false',
    CONSOLE_DIR: consoleDist,
    LOG_LEVEL: 'warn',
    LOG_FLUSH_INTERVAL_MS: '50',
    PRICE_SYNC_INTERVAL_HOURS: '0',
    SHUTDOWN_GRACE_MS: '1000',
    TZ: 'UTC',
  });

  let output = '';
  const child = spawn(process.execPath, [gatewayMain], { env, cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await killChild(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, adminToken, output: () => output, stop };
}

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gateway not ready after ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
