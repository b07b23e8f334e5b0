import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisConnectionTarget } from './redis-connection-target.js';

/** A connection to a standalone or sentinel-managed Redis, or to a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/** Short, so an unreachable Redis turns into fast rejections and callers can fail open. */
export const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 1_000;

const retryStrategy = (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS);

/**
 * No offline queue and one retry per request: while Redis is away commands reject at once
 * instead of piling up. The client keeps reconnecting in the background forever.
 */
const FAIL_FAST: Pick<
  RedisOptions,
  'maxRetriesPerRequest' | 'connectTimeout' | 'commandTimeout' | 'enableAutoPipelining'
> = {
  maxRetriesPerRequest: 1,
  // commands issued in the same tick (one request's reads, many requests' scripts) share one socket write
  enableAutoPipelining: true,
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
};

/** After a sentinel failover the old master may linger as a replica: reconnect (to the new master) and resend. */
const reconnectOnReadonly = (error: Error) => (error.message.startsWith('READONLY') ? 2 : false);

function openClient(target: RedisConnectionTarget): RedisClient {
  if (target.mode === 'standalone') {
    return new Redis(target.url, { ...FAIL_FAST, enableOfflineQueue: false, retryStrategy });
  }
  const credentials = { username: target.username, password: target.password };
  if (target.mode === 'cluster') {
    return new Cluster(target.nodes, {
      enableOfflineQueue: false,
      enableAutoPipelining: true,
      clusterRetryStrategy: retryStrategy,
      slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
      redisOptions: { ...FAIL_FAST, ...credentials, ...(target.tls && { tls: {} }) },
    });
  }
  return new Redis({
    ...FAIL_FAST,
    ...credentials,
    enableOfflineQueue: false,
    retryStrategy,
    sentinels: target.sentinels,
    name: target.masterName,
    db: target.db,
    sentinelPassword: target.sentinelPassword,
    sentinelRetryStrategy: retryStrategy,
    failoverDetector: true,
    reconnectOnError: reconnectOnReadonly,
    ...(target.tls && { tls: {}, enableTLSForSentinelMode: true }),
  });
}

export function createRedisClient(target: RedisConnectionTarget, onError: (err: Error) => void): RedisClient {
  const client = openClient(target);
  reportErrors(client, onError);
  return client;
}

/** A second connection with the same options (a subscribing connection can run nothing else). */
export function duplicateClient(client: RedisClient, onError: (err: Error) => void): RedisClient {
  const duplicate = client.duplicate();
  reportErrors(duplicate, onError);
  return duplicate;
}

/** Reconnect attempts repeat the same error every second; report each distinct error once per outage. */
function reportErrors(client: RedisClient, onError: (err: Error) => void): void {
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

const pendingHandshakes = new WeakMap<RedisClient, Promise<void>>();

/**
 * Waits (bounded) while a connection attempt is in flight, so the first commands after start-up
 * or a reconnect don't fail just because the handshake has not finished. Returns at once when
 * the client is ready or known to be disconnected. Concurrent callers share one wait.
 */
export function whenReady(client: RedisClient, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
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

export async function closeClient(client: RedisClient): Promise<void> {
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

/**
 * Whether a command's error means Redis is unreachable or not answering (a breaker counts
 * these); a ReplyError is Redis answering with an error of its own (a script error, WRONGTYPE).
 */
export function isRedisOutage(error: unknown): boolean {
  return !(error instanceof Error && error.name === 'ReplyError');
}
