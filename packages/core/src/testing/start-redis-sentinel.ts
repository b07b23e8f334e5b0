import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisNodeAddress } from '../state/redis-connection-target.js';
import { type ChildServer, freePort, spawnServer, waitUntil } from './child-servers.js';
import { answersPing, type RedisServer, redisCommand, startRedisServer } from './start-redis-server.js';

export const SENTINEL_MASTER_NAME = 'cch-test';

export interface RedisSentinelSet {
  sentinels: RedisNodeAddress[];
  masterName: string;
  /** The port of the master the sentinels currently name. */
  masterPort(): Promise<number>;
  /** Kills the current master (SIGKILL, no goodbye), as a crashed host would vanish. */
  killMaster(): Promise<number>;
  stop(): Promise<void>;
}

function sentinelConfig(port: number, masterPort: number): string {
  return [
    `port ${port}`,
    'bind 127.0.0.1',
    'protected-mode no',
    `sentinel monitor ${SENTINEL_MASTER_NAME} 127.0.0.1 ${masterPort} 1`,
    `sentinel down-after-milliseconds ${SENTINEL_MASTER_NAME} 1000`,
    `sentinel failover-timeout ${SENTINEL_MASTER_NAME} 5000`,
    `sentinel parallel-syncs ${SENTINEL_MASTER_NAME} 1`,
    '',
  ].join('\n');
}

async function startSentinel(
  dir: string,
  masterPort: number,
  index: number,
): Promise<{ port: number; server: ChildServer }> {
  const port = await freePort();
  // Sentinels rewrite their config file (known replicas, epochs), so each gets its own.
  const file = join(dir, `sentinel-${index}.conf`);
  writeFileSync(file, sentinelConfig(port, masterPort));
  const server = spawnServer('redis-server', [file, '--sentinel'], { cwd: dir });
  await waitUntil(`sentinel on ${port}`, () => answersPing(port), 5_000);
  return { port, server };
}

/**
 * One master, one replica and `sentinels` sentinels watching them, on free ports. The replica is in
 * sync before the sentinels start, so their first look at the master already finds it (a
 * failover needs a known replica). `stop` kills everything and deletes the files.
 */
export async function startRedisSentinel(sentinels = 2): Promise<RedisSentinelSet> {
  const dir = mkdtempSync(join(tmpdir(), 'cch-redis-sentinel-'));
  const data: RedisServer[] = [];
  const watchers: { port: number; server: ChildServer }[] = [];
  const stop = async () => {
    await Promise.all([...data, ...watchers].map(({ server }) => server.stop('SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const master = await startRedisServer(dir);
    data.push(master);
    data.push(await startRedisServer(dir, ['--replicaof', '127.0.0.1', String(master.port)]));
    const replicaPort = data[1]?.port ?? 0;
    await waitUntil(
      'the replica to sync',
      async () => String(await redisCommand(replicaPort, 'INFO', 'replication')).includes('master_link_status:up'),
      10_000,
    );
    for (let i = 0; i < sentinels; i++) watchers.push(await startSentinel(dir, master.port, i));
    const masterPort = async () => {
      const reply = await redisCommand(
        watchers[0]?.port ?? 0,
        'SENTINEL',
        'get-master-addr-by-name',
        SENTINEL_MASTER_NAME,
      );
      if (!Array.isArray(reply)) throw new Error(`unexpected sentinel reply ${String(reply)}`);
      return Number(reply[1]);
    };
    return {
      sentinels: watchers.map(({ port }) => ({ host: '127.0.0.1', port })),
      masterName: SENTINEL_MASTER_NAME,
      masterPort,
      async killMaster() {
        const port = await masterPort();
        await data.find((node) => node.port === port)?.server.stop('SIGKILL');
        return port;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
