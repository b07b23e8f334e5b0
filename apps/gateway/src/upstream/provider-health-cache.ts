import { type BreakerState, type StateStore, stateKeys } from '@cch/core';

/** Published on the store whenever a replica changes a breaker or a cooldown. */
export const PROVIDER_HEALTH_CHANNEL = 'provider-health';

/** Shared by every request until the next change: read, never modify. */
export interface ProviderHealth {
  breakers: ReadonlyMap<string, BreakerState | null>;
  coolingDown: ReadonlySet<string>;
}

export interface ProviderHealthCache {
  /** Breakers and cooldowns of `ids`: from memory while fresh, else one read of the store. */
  read(ids: readonly string[]): Promise<ProviderHealth>;
  /** A breaker or cooldown was written here: forget the local copy and tell the other replicas. */
  changed(): void;
  close(): Promise<void>;
}

export interface ProviderHealthCacheOptions {
  store: StateStore;
  /**
   * Longest a copy is served without a change message: bounds how late a cooldown's expiry (a
   * TTL, which publishes nothing) is seen, and covers a lost message.
   */
  maxAgeMs: number;
  /** The business clock (tests move it); a copy also ages by the wall clock. */
  now: () => number;
}

interface Snapshot {
  ids: string;
  at: number;
  wallAt: number;
  generation: number;
  health: Promise<ProviderHealth>;
}

/** One read of the store; `complete` is false when part of it failed (read as "no state"). */
async function load(store: StateStore, ids: readonly string[]): Promise<{ health: ProviderHealth; complete: boolean }> {
  let complete = true;
  const failed = () => {
    complete = false;
    return ids.map(() => null);
  };
  const [breakers, cooldowns] = await Promise.all([
    store.getBreakers(ids.map(stateKeys.breaker)).catch(failed),
    store.getMany(ids.map(stateKeys.cooldown)).catch(failed),
  ]);
  const health = {
    breakers: new Map(ids.map((id, i) => [id, breakers[i] ?? null])),
    coolingDown: new Set(ids.filter((_, i) => cooldowns[i] !== null)),
  };
  return { health, complete };
}

/**
 * Provider breakers and cooldowns served from memory, so a request reads only its session binding
 * from the shared store. Every write publishes on {@link PROVIDER_HEALTH_CHANNEL}; each replica
 * drops its copy on that message (its own included) and reads again on the next request.
 */
export async function createProviderHealthCache(options: ProviderHealthCacheOptions): Promise<ProviderHealthCache> {
  const { store, maxAgeMs, now } = options;
  let generation = 0;
  let snapshot: Snapshot | null = null;
  const invalidate = () => {
    generation++;
    snapshot = null;
  };
  const unsubscribe = await store.subscribe(PROVIDER_HEALTH_CHANNEL, invalidate).catch(() => async () => undefined);

  return {
    read(ids) {
      const key = ids.join(',');
      const at = now();
      const wallAt = Date.now();
      const current = snapshot;
      const young = (c: Snapshot) => at - c.at < maxAgeMs && wallAt - c.wallAt < maxAgeMs;
      if (current && current.ids === key && current.generation === generation && young(current)) {
        return current.health;
      }
      const loading = load(store, ids);
      const fresh: Snapshot = { ids: key, at, wallAt, generation, health: loading.then((result) => result.health) };
      snapshot = fresh;
      // a failed read served this request fail-open; the next one asks the store again
      void loading.then(({ complete }) => {
        if (!complete && snapshot === fresh) snapshot = null;
      });
      return fresh.health;
    },
    changed() {
      invalidate();
      void store.publish(PROVIDER_HEALTH_CHANNEL, '').catch(() => undefined);
    },
    close: () => unsubscribe(),
  };
}
