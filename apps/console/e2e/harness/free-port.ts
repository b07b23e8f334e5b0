import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A loopback port nobody is listening on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo; // listening on TCP, so the address is an object
      server.close(() => resolve(port));
    });
  });
}
