import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../state/memory-store.js';
import { limiterKeys } from './limiter-keys.js';
import { ensureSpendCounters } from './spend-epoch.js';

describe('ensureSpendCounters', () => {
  it('rebuilds once when the epoch is missing, then finds the counters intact', async () => {
    const store = createMemoryStore();
    let rebuilds = 0;
    const rebuild = async () => {
      rebuilds++;
    };
    expect(await ensureSpendCounters(store, rebuild, 1_000)).toBe('rebuilt');
    expect(await ensureSpendCounters(store, rebuild, 2_000)).toBe('intact');
    expect(rebuilds).toBe(1);
    expect(await store.get(limiterKeys.epoch())).toBe('1000');
  });

  it('leaves the rebuild to the replica holding the lock, and retries after a failed one', async () => {
    const store = createMemoryStore();
    let release: () => void = () => {};
    const slow = () => new Promise<void>((resolve) => (release = resolve));
    const first = ensureSpendCounters(store, slow, 1_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await ensureSpendCounters(store, async () => {}, 1_000)).toBe('rebuilding-elsewhere');
    release();
    expect(await first).toBe('rebuilt');

    const broken = createMemoryStore();
    await expect(ensureSpendCounters(broken, () => Promise.reject(new Error('database away')), 1_000)).rejects.toThrow(
      'database away',
    );
    expect(await broken.get(limiterKeys.epoch())).toBeNull();
    expect(await ensureSpendCounters(broken, async () => {}, 2_000)).toBe('rebuilt'); // the lock was released
  });
});
