import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import { pingDatabase } from './ping-database.js';

describe('a PostgreSQL server that accepts connections but never answers', () => {
  let server: Server;
  const sockets: Socket[] = [];
  let url = '';

  beforeAll(async () => {
    server = createServer((socket) => sockets.push(socket)); // reads the startup message, says nothing
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    url = `postgres://postgres@127.0.0.1:${address.port}/postgres`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails a query after the connect timeout instead of hanging', async () => {
    const handle = createDatabase({ databaseUrl: url, dataDir: '/unused', connectTimeoutMs: 300 });
    const started = Date.now();
    await expect(pingDatabase((await handle).db)).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(3_000);
    await (await handle).close();
  });
});
