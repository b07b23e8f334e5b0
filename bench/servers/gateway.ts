// The gateway as shipped (apps/gateway/dist, run `pnpm build` first) in its own process, with
// auth, limits (RPM, daily USD), session binding and request logging on. Storage: embedded
// PGlite in a temp dir, or DATABASE_URL / REDIS_URL when set. Provisions one provider and one
// key through the admin API and prints {url, key, pid} as one JSON line.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const upstreamUrl = process.argv[2]!;
const port = Number(process.env['BENCH_GATEWAY_PORT'] ?? 24_990);
const adminToken = 'bench-admin-token-0123456789';
const main = new URL('../../apps/gateway/dist/main.js', import.meta.url).pathname;
if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm build\` first`);

// BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the gateway under load.
const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...nodeArgs, main], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    PATH: process.env['PATH'], PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SERVE_CONSOLE: 'false', ADMIN_TOKEN: adminToken,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'cch-bench-')),
    ...(process.env['DATABASE_URL'] && { DATABASE_URL: process.env['DATABASE_URL'] }),
    ...(process.env['REDIS_URL'] && { REDIS_URL: process.env['REDIS_URL'] }),
    // tuning knobs of the log writer (LOG_BATCH_SIZE, LOG_FLUSH_INTERVAL_MS …) pass through
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('LOG_') && name !== 'LOG_LEVEL')),
  },
});
const base = `http://127.0.0.1:${port}`;

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}/admin${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /admin${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

for (let i = 0; ; i++) {
  const ready = await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false);
  if (ready) break;
  if (i > 240) throw new Error('the gateway did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
await admin('/providers', { name: 'mock', type: 'claude', baseUrl: upstreamUrl, apiKey: 'sk-bench-upstream-key-0000000000' });
const user = await admin<{ id: string }>('/users', { name: 'bench', rpmLimit: 1_000_000, usdDailyLimit: '1000000' });
const { key } = await admin<{ key: string }>(`/users/${user.id}/keys`, { name: 'bench' });
await new Promise((resolve) => setTimeout(resolve, 300)); // the config cache reloads on change
process.stdout.write(`${JSON.stringify({ url: base, key, pid: child.pid })}\n`);
process.on('SIGTERM', () => {
  child.kill('SIGTERM');
  child.once('exit', () => process.exit(0));
});
