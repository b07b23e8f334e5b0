type Handler = (message: string) => void;

export interface MemoryPubSub {
  publish(channel: string, message: string): void;
  subscribe(channel: string, handler: Handler): () => void;
  clear(): void;
}

/** Local fan-out; delivery is deferred to a microtask so publishers never run handlers inline. */
export function createMemoryPubSub(onError: (err: Error) => void): MemoryPubSub {
  const channels = new Map<string, Set<Handler>>();

  const deliver = (handler: Handler, message: string) => {
    try {
      handler(message);
    } catch (err) {
      onError(err instanceof Error ? err : new Error(String(err)));
    }
  };

  return {
    publish(channel, message) {
      for (const handler of channels.get(channel) ?? []) queueMicrotask(() => deliver(handler, message));
    },
    subscribe(channel, handler) {
      // Wrapping makes each subscription distinct even when the same function subscribes twice.
      const subscription: Handler = (message) => handler(message);
      const handlers = channels.get(channel) ?? new Set<Handler>();
      handlers.add(subscription);
      channels.set(channel, handlers);
      return () => {
        handlers.delete(subscription);
        if (handlers.size === 0 && channels.get(channel) === handlers) channels.delete(channel);
      };
    },
    clear: () => channels.clear(),
  };
}
