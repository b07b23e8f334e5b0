import type { StateStore } from '../state/state-store.js';
import { limiterKeys } from './limiter-keys.js';

/** How long one replica may hold the rebuild before another may take over (it died mid-way). */
const REBUILD_LOCK_MS = 120_000;

export type SpendCountersState = 'intact' | 'rebuilt' | 'rebuilding-elsewhere';

/**
 * Spend counters live only in the state store; a Redis restarted empty (or a new in-process
 * store) has none, and every window — lifetime limits included — would read zero. An "epoch"
 * key with no expiry marks a store whose counters are whole: when it is missing, one replica
 * (whoever takes the lock) rebuilds them with `rebuild` and sets the epoch again. Admission stays
 * fail-open meanwhile, as it is for any store trouble.
 */
export async function ensureSpendCounters(
  store: StateStore,
  rebuild: () => Promise<void>,
  now: number,
): Promise<SpendCountersState> {
  if ((await store.get(limiterKeys.epoch())) !== null) return 'intact';
  if ((await store.increment(limiterKeys.rebuildLock(), 1, REBUILD_LOCK_MS)) !== 1) return 'rebuilding-elsewhere';
  try {
    await rebuild();
    await store.set(limiterKeys.epoch(), String(now), null);
  } finally {
    await store.delete(limiterKeys.rebuildLock()).catch(() => undefined);
  }
  return 'rebuilt';
}
