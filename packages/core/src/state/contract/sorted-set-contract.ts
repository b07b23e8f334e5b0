import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { sleep, T0 } from './contract-context.js';

export function sortedSetContract({ store }: ContractContext): void {
  it('zrangeAbove drops low scores and returns the rest highest first', async () => {
    await store().zadd('z', 'a', 1, null);
    await store().zadd('z', 'b', 3, null);
    await store().zadd('z', 'c', 2, null);
    await store().zadd('z', 'd', 0.5, null);
    expect(await store().zrangeAbove('z', 1, 10)).toEqual([
      { member: 'b', score: 3 },
      { member: 'c', score: 2 },
      { member: 'a', score: 1 },
    ]);
    expect(await store().zrangeAbove('z', Number.NEGATIVE_INFINITY, 2)).toEqual([
      { member: 'b', score: 3 },
      { member: 'c', score: 2 },
    ]);
    await store().zadd('z', 'a', 5, null);
    await store().zremove('z', 'b');
    expect(await store().zrangeAbove('z', 0, 10)).toEqual([
      { member: 'a', score: 5 },
      { member: 'c', score: 2 },
    ]);
    expect(await store().zrangeAbove('missing', 0, 10)).toEqual([]);
  });

  it('expires a sorted set after its TTL', async () => {
    await store().zadd('z-ttl', 'a', 1, 60);
    expect(await store().zrangeAbove('z-ttl', 0, 10)).toHaveLength(1);
    await sleep(150);
    expect(await store().zrangeAbove('z-ttl', 0, 10)).toEqual([]);
  });

  it('acquires slots up to the limit; re-claiming a held member succeeds', async () => {
    const claim = (member: string, now = T0) => store().acquireSlot({ key: 's', member, limit: 2, ttlMs: 60_000, now });
    expect(await claim('m1')).toEqual({ acquired: true, count: 1 });
    expect(await claim('m2')).toEqual({ acquired: true, count: 2 });
    expect(await claim('m3')).toEqual({ acquired: false, count: 2 });
    expect(await claim('m1', T0 + 10)).toEqual({ acquired: true, count: 2 });
    expect(await store().countSlots('s', T0)).toBe(2);
    await store().releaseSlot('s', 'm1');
    expect(await store().countSlots('s', T0)).toBe(1);
    expect(await claim('m3')).toEqual({ acquired: true, count: 2 });
  });

  it('slots expire ttlMs after their last claim', async () => {
    const claim = (member: string, now: number) =>
      store().acquireSlot({ key: 's', member, limit: 1, ttlMs: 1_000, now });
    expect((await claim('m1', T0)).acquired).toBe(true);
    expect(await claim('m2', T0 + 500)).toEqual({ acquired: false, count: 1 });
    expect((await claim('m1', T0 + 800)).acquired).toBe(true);
    expect(await claim('m2', T0 + 1_500)).toEqual({ acquired: false, count: 1 });
    expect(await store().countSlots('s', T0 + 1_799)).toBe(1);
    expect(await store().countSlots('s', T0 + 1_800)).toBe(0);
    expect(await claim('m2', T0 + 1_900)).toEqual({ acquired: true, count: 1 });
  });

  it('exactly `limit` of many parallel slot claims succeed', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        store().acquireSlot({ key: 'race', member: `m${i}`, limit: 3, ttlMs: 60_000, now: T0 }),
      ),
    );
    expect(results.filter((result) => result.acquired)).toHaveLength(3);
    expect(await store().countSlots('race', T0)).toBe(3);
  });
}
