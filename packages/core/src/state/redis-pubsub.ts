import { closeClient, duplicateClient, type RedisClient, whenReady } from './redis-connection.js';

type Handler = (message: string) => void;

interface Channel {
  handlers: Set<Handler>;
  subscribed: Promise<unknown>;
}

export interface RedisPubSub {
  subscribe(channel: string, handler: Handler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * Subscriptions over one lazily opened duplicate connection; each Redis channel is subscribed
 * once however many local handlers it has. ioredis re-subscribes by itself after a reconnect.
 * Channel names arrive here already prefixed.
 */
export function createRedisPubSub(main: RedisClient, onError: (err: Error) => void): RedisPubSub {
  const channels = new Map<string, Channel>();
  let subscriber: RedisClient | null = null;

  const dispatch = (channel: string, message: string) => {
    for (const handler of channels.get(channel)?.handlers ?? []) {
      try {
        handler(message);
      } catch (err) {
        onError(err instanceof Error ? err : new Error(String(err)));
      }
    }
  };

  const connection = (): RedisClient => {
    if (subscriber) return subscriber;
    const client = duplicateClient(main, onError);
    client.on('message', dispatch);
    subscriber = client;
    return client;
  };

  const openChannel = (name: string): Channel => {
    const client = connection();
    const channel: Channel = { handlers: new Set(), subscribed: whenReady(client).then(() => client.subscribe(name)) };
    channels.set(name, channel);
    channel.subscribed.catch(() => {
      if (channels.get(name) === channel) channels.delete(name);
    });
    return channel;
  };

  const unsubscribe = async (name: string, channel: Channel, handler: Handler) => {
    channel.handlers.delete(handler);
    if (channel.handlers.size > 0 || channels.get(name) !== channel) return;
    channels.delete(name);
    try {
      await subscriber?.unsubscribe(name);
    } catch (err) {
      // The handler is already gone locally; a stale server-side subscription only costs traffic.
      onError(err instanceof Error ? err : new Error(String(err)));
    }
  };

  return {
    async subscribe(name, handler) {
      const channel = channels.get(name) ?? openChannel(name);
      // A wrapper per call, so subscribing the same function twice gives two independent subscriptions.
      const subscription: Handler = (message) => handler(message);
      channel.handlers.add(subscription);
      try {
        await channel.subscribed;
      } catch (err) {
        channel.handlers.delete(subscription);
        throw err;
      }
      return () => unsubscribe(name, channel, subscription);
    },
    async close() {
      channels.clear();
      if (subscriber) await closeClient(subscriber);
    },
  };
}
