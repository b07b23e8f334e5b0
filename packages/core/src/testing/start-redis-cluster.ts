import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RedisNodeAddress } from '../state/redis-connection-target.js';
import { freePort, waitUntil } from './child-servers.js';
import { type RedisServer, redisCommand, startRedisServer } from './start-redis-server.js';

export interface RedisCluster {
  /** The masters (each holds a third of the slots). */
  nodes: RedisNodeAddress[];
  stop(): Promise<void>;
}

/**
 * A three-master Redis Cluster on free ports (`redis-server --cluster-enabled yes`, joined with
 * `redis-cli --cluster create`), no replicas; `stop` kills every node and deletes its files.
 */
export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'cch-redis-cluster-'));
  const started: RedisServer[] = [];
  const stop = async () => {
    await Promise.all(started.map(({ server }) => server.stop('SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < masters; i++) {
      const busPort = await freePort();
      const args = ['--cluster-enabled', 'yes', '--cluster-port', String(busPort)];
      args.push('--cluster-config-file', join(dir, `nodes-${i}.conf`), '--cluster-node-timeout', '2000');
      started.push(await startRedisServer(dir, args));
    }
    const addresses = started.map(({ port }) => `127.0.0.1:${port}`);
    await promisify(execFile)(
      'redis-cli',
      ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'],
      {
        timeout: 30_000,
      },
    );
    for (const { port } of started) {
      await waitUntil(
        `cluster_state:ok on ${port}`,
        async () => String(await redisCommand(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok'),
        15_000,
      );
    }
    return { nodes: started.map(({ port }) => ({ host: '127.0.0.1', port })), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
