// The gateway as shipped (apps/gateway/dist, run `pnpm build` first) in its own process, with
// auth, limits (RPM, concurrent sessions, 5-hour/daily/weekly/monthly USD), session binding,
// the circuit breaker and request logging on. Storage: `embedded` (PGlite in a temp dir + the
// in-process store) or `postgres` (a fresh database on BENCH_DATABASE_URL, dropped on exit, + Redis
// on BENCH_REDIS_URL). Provisions one provider and one key through the admin API and prints
// {url, key, pid} as one JSON line; pid is the gateway's own process.
// Usage: tsx bench/servers/gateway.ts <upstream-url> <embedded|postgres> [port]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../packages/core/src/index.js';
import { sql } from '../../packages/core/node_modules/kysely/dist/index.js';

const upstreamUrl = process.argv[2]!;
const storage = process.argv[3] === 'postgres' ? 'postgres' : 'embedded';
const port = Number(process.argv[4] ?? 24_990);
const adminToken = 'bench-admin-token-0123456789';
// BENCH_GATEWAY_ROOT: another checkout (built) to run instead, e.g. the commit before a change
const root = process.env['BENCH_GATEWAY_ROOT'] ?? new URL('../..', import.meta.url).pathname;
const main = join(root, 'apps/gateway/dist/main.js');
if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm build\` first`);

async function onAdminDatabase(adminUrl: string, statement: string): Promise<void> {
  const handle = await createDatabase({ databaseUrl: adminUrl, dataDir: '/unused' });
  try {
    await sql.raw(statement).execute(handle.db);
  } finally {
    await handle.close();
  }
}

let storageEnv: Record<string, string> = {};
let dropDatabase = async () => {};
if (storage === 'postgres') {
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `cch_bench_${randomBytes(5).toString('hex')}`;
  await onAdminDatabase(adminUrl, `create database ${name}`);
  dropDatabase = () => onAdminDatabase(adminUrl, `drop database if exists ${name} with (force)`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  storageEnv = {
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379/14',
  };
}

// BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the gateway under load.
const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
// BENCH_GATEWAY_LOGS=1 shows the gateway's own (warn and up) log lines on stderr
const child = spawn(process.execPath, [...nodeArgs, main], {
  stdio: ['ignore', process.env['BENCH_GATEWAY_LOGS'] ? 2 : 'ignore', 'inherit'],
  env: {
    PATH: process.env['PATH'],
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SERVE_CONSOLE: 'false',
    ADMIN_TOKEN: adminToken,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'cch-bench-')),
    ...storageEnv,
    // the product's 50 ms store deadline is easily missed on a saturated 2-core machine, and every
    // miss skips the limiter (fail open): the bench measures the full governed path instead
    STORE_TIMEOUT_MS: process.env['BENCH_STORE_TIMEOUT_MS'] ?? '1000',
    // tuning knobs of the log writer (LOG_BATCH_SIZE, LOG_FLUSH_INTERVAL_MS …) and the heap pass through
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => (name.startsWith('LOG_') && name !== 'LOG_LEVEL') || name === 'HEAP_GROWTH_PERCENT',
      ),
    ),
  },
});
const base = `http://127.0.0.1:${port}`;

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}/admin${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /admin${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

for (let i = 0; ; i++) {
  const ready = await fetch(`${base}/readyz`)
    .then((r) => r.ok)
    .catch(() => false);
  if (ready) break;
  if (i > 720 || child.exitCode !== null) {
    child.kill('SIGKILL');
    await dropDatabase();
    throw new Error(`the gateway (${storage}) did not become ready in 3 minutes`);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
await admin('/providers', {
  name: 'mock',
  type: 'claude',
  baseUrl: upstreamUrl,
  apiKey: 'sk-bench-upstream-key-0000000000',
  circuitBreaker: { failureThreshold: 5, openDurationMs: 30_000, halfOpenSuccesses: 1, countNetworkErrors: true },
});
const user = await admin<{ id: string }>('/users', {
  name: 'bench',
  rpmLimit: 10_000_000,
  concurrentSessionsLimit: 1_000,
  usd5hLimit: '1000000',
  usdDailyLimit: '1000000',
  usdWeeklyLimit: '1000000',
  usdMonthlyLimit: '1000000',
});
const { key } = await admin<{ key: string }>(`/users/${user.id}/keys`, { name: 'bench' });
await new Promise((resolve) => setTimeout(resolve, 300)); // the config cache reloads on change
process.stdout.write(`${JSON.stringify({ url: base, key, pid: child.pid })}\n`);
process.on('SIGTERM', () => {
  child.kill('SIGTERM');
  child.once('exit', () => void dropDatabase().finally(() => process.exit(0)));
});
