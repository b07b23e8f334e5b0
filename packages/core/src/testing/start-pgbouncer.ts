import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findExecutable, freePort, spawnServer, waitUntil } from './child-servers.js';

export interface PgBouncer {
  /** A URL of `database` through the pooler, same user and password as the server URL. */
  url(database: string): string;
  stop(): Promise<void>;
}

export const PGBOUNCER_MISSING = 'pgbouncer is not installed (Debian: apt-get install pgbouncer; .ci/run does it)';

function configFor(server: URL, port: number, dir: string): string {
  const password = server.password ? ` password=${decodeURIComponent(server.password)}` : '';
  return [
    '[databases]',
    // Any database name maps to the same name on the server.
    `* = host=${server.hostname} port=${server.port || '5432'}${password}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${join(dir, 'users.txt')}`,
    'pool_mode = transaction',
    // Round robin over server connections (not the most recently used): a statement that relies on
    // the previous one's session state meets a different connection, as under production load.
    'server_round_robin = 1',
    'default_pool_size = 4',
    'max_client_conn = 200',
    '',
  ].join('\n');
}

/**
 * PgBouncer in transaction mode on a free port, in front of the PostgreSQL of `serverUrl`: each
 * transaction may run on a different server connection, as in a production pooler. PgBouncer
 * refuses to run as root, so under root it drops to `nobody` (its files are world-readable).
 */
export async function startPgBouncer(serverUrl: string): Promise<PgBouncer> {
  const binary = findExecutable('pgbouncer');
  if (!binary) throw new Error(PGBOUNCER_MISSING);
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cch-pgbouncer-'));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'users.txt'), `"${user}" ""\n`, { mode: 0o644 });
  writeFileSync(join(dir, 'pgbouncer.ini'), configFor(server, port, dir), { mode: 0o644 });
  const asRoot = process.getuid?.() === 0;
  const child = spawnServer(binary, [...(asRoot ? ['-u', 'nobody'] : []), join(dir, 'pgbouncer.ini')], { cwd: dir });
  const url = (database: string) => {
    const through = new URL(serverUrl);
    through.hostname = '127.0.0.1';
    through.port = String(port);
    through.pathname = `/${database}`;
    return through.toString();
  };
  const stop = async () => {
    await child.stop('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(`pgbouncer on ${port}`, () => answers(url(server.pathname.slice(1) || 'postgres')), 10_000);
  } catch (error) {
    const output = child.output();
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url, stop };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}
