import { Redis } from 'ioredis';

/** Short, so an unreachable Redis turns into fast rejections and callers can fail open. */
export const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 1_000;

/**
 * No offline queue and one retry per request: while Redis is away commands reject at once
 * instead of piling up. The client keeps reconnecting in the background forever.
 */
export function createRedisClient(url: string, onError: (err: Error) => void): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  });
  reportErrors(client, onError);
  return client;
}

/** A second connection with the same options (a subscribing connection can run nothing else). */
export function duplicateClient(client: Redis, onError: (err: Error) => void): Redis {
  const duplicate = client.duplicate();
  reportErrors(duplicate, onError);
  return duplicate;
}

/** Reconnect attempts repeat the same error every second; report each distinct error once per outage. */
function reportErrors(client: Redis, onError: (err: Error) => void): void {
  let last: string | null = null;
  client.on('ready', () => {
    last = null;
  });
  client.on('error', (err: Error) => {
    if (err.message === last) return;
    last = err.message;
    onError(err);
  });
}

const pendingHandshakes = new WeakMap<Redis, Promise<void>>();

/**
 * Waits (bounded) while a connection attempt is in flight, so the first commands after start-up
 * or a reconnect don't fail just because the handshake has not finished. Returns at once when
 * the client is ready or known to be disconnected. Concurrent callers share one wait.
 */
export function whenReady(client: Redis, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  if (client.status !== 'wait' && client.status !== 'connecting' && client.status !== 'connect') {
    return Promise.resolve();
  }
  const pending = pendingHandshakes.get(client);
  if (pending) return pending;
  const handshake = new Promise<void>((resolve) => {
    const events = ['ready', 'close', 'end'] as const;
    const done = () => {
      clearTimeout(timer);
      for (const event of events) client.off(event, done);
      pendingHandshakes.delete(client);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    for (const event of events) client.once(event, done);
  });
  pendingHandshakes.set(client, handshake);
  return handshake;
}

export async function closeClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
