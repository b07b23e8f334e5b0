import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

export interface RedisProxy {
  url: string;
  /** Drops every connection and stops listening: Redis looks unreachable. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

/** A TCP proxy in front of Redis that a test can take down and bring back, without touching the real Redis. */
export async function startRedisProxy(redisUrl: string): Promise<RedisProxy> {
  const target = new URL(redisUrl);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      next.once('error', reject);
      // A TCP server listening on a host and port reports an AddressInfo, never a pipe name.
      next.listen(port, '127.0.0.1', () => resolve((next.address() as AddressInfo).port));
      server = next;
    });
  const port = await listen(0);
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async () => {
      await listen(port);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (!server?.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
