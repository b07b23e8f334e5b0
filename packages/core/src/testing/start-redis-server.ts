import { Redis } from 'ioredis';
import { type ChildServer, freePort, spawnServer, waitUntil } from './child-servers.js';

export interface RedisServer {
  port: number;
  server: ChildServer;
}

/** A throwaway redis-server on a free port, persistence off, files in `dir`. */
export async function startRedisServer(dir: string, extraArgs: readonly string[] = []): Promise<RedisServer> {
  const port = await freePort();
  const server = spawnServer(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...extraArgs],
    { cwd: dir },
  );
  try {
    await waitUntil(`redis-server on ${port}`, () => answersPing(port), 5_000);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${server.output()}`);
  }
  return { port, server };
}

export async function answersPing(port: number): Promise<boolean> {
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => {}); // a refused connection rejects connect() below; no unhandled event
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

/** Runs one command against a node with a short-lived connection. */
export async function redisCommand(port: number, command: string, ...args: (string | number)[]): Promise<unknown> {
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => {}); // a refused connection rejects connect() below; no unhandled event
  try {
    await client.connect();
    return await client.call(command, ...args);
  } finally {
    client.disconnect();
  }
}
