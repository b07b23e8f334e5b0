import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { sleep } from './contract-context.js';

export function keyValueContract({ store }: ContractContext): void {
  it('sets, gets and reads many values', async () => {
    await store().set('a', 'alpha', null);
    await store().set('b', 'beta', 10_000);
    expect(await store().get('a')).toBe('alpha');
    expect(await store().getMany(['a', 'missing', 'b'])).toEqual(['alpha', null, 'beta']);
    expect(await store().getMany([])).toEqual([]);
    await store().set('a', 'again', null);
    expect(await store().get('a')).toBe('again');
  });

  it('expires values after their TTL', async () => {
    await store().set('short', 'v', 60);
    await store().set('long', 'v', 10_000);
    expect(await store().get('short')).toBe('v');
    await sleep(150);
    expect(await store().get('short')).toBeNull();
    expect(await store().getMany(['short', 'long'])).toEqual([null, 'v']);
  });

  it('set with a null TTL makes a value persistent again', async () => {
    await store().set('k', 'v1', 60);
    await store().set('k', 'v2', null);
    await sleep(150);
    expect(await store().get('k')).toBe('v2');
  });

  it('deletes, and deletes only if the value still matches', async () => {
    await store().set('lock', 'owner-1', null);
    expect(await store().delete('lock', 'owner-2')).toBe(false);
    expect(await store().get('lock')).toBe('owner-1');
    expect(await store().delete('lock', 'owner-1')).toBe(true);
    expect(await store().get('lock')).toBeNull();
    expect(await store().delete('lock', 'owner-1')).toBe(false);
    await store().set('plain', 'v', null);
    expect(await store().delete('plain')).toBe(true);
    expect(await store().delete('plain')).toBe(false);
  });

  it('touch extends the TTL of a live key and reports a missing one', async () => {
    await store().set('session', 'v', 100);
    await sleep(50);
    expect(await store().touch('session', 400)).toBe(true);
    await sleep(120);
    expect(await store().get('session')).toBe('v');
    expect(await store().touch('nothing-here', 400)).toBe(false);
  });

  it('increments counters and sets the TTL only when creating them', async () => {
    expect(await store().increment('n', 1, null)).toBe(1);
    expect(await store().increment('n', 5, null)).toBe(6);
    expect(await store().increment('n', -2, null)).toBe(4);
    expect(await store().get('n')).toBe('4');

    expect(await store().increment('ttl', 1, 100)).toBe(1);
    expect(await store().increment('ttl', 1, null)).toBe(2);
    await sleep(180);
    expect(await store().get('ttl')).toBeNull();
    expect(await store().increment('ttl', 7, 10_000)).toBe(7);
  });

  it('answers ping', async () => {
    await expect(store().ping()).resolves.toBeUndefined();
  });
}
