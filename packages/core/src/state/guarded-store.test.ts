import { describe, expect, it } from 'vitest';
import { createGuardedStore, StoreUnavailableError } from './guarded-store.js';
import { createMemoryStore } from './memory-store.js';
import type { StateStore } from './state-store.js';

/** A memory store that can be made to hang (like a frozen Redis) or to answer with its own error. */
function switchableStore() {
  const inner = createMemoryStore();
  let mode: 'ok' | 'hang' | 'reply-error' = 'ok';
  const calls = { get: 0 };
  const store: StateStore = {
    ...inner,
    kind: 'redis',
    get: (key) => {
      calls.get++;
      if (mode === 'hang') return new Promise(() => {});
      if (mode === 'reply-error') return Promise.reject(Object.assign(new Error('WRONGTYPE'), { name: 'ReplyError' }));
      return inner.get(key);
    },
  };
  return { store, calls, setMode: (next: typeof mode) => (mode = next) };
}

describe('createGuardedStore', () => {
  it('gives up after the timeout, skips the store once the breaker opens, probes and closes again', async () => {
    const { store, calls, setMode } = switchableStore();
    let clock = 0;
    const changes: string[] = [];
    const guarded = createGuardedStore(store, {
      timeoutMs: 20,
      failureThreshold: 3,
      openMs: 1_000,
      now: () => clock,
      onChange: (state) => changes.push(state),
    });
    await guarded.set('k', 'v', null);
    setMode('hang');
    for (let i = 0; i < 3; i++) await expect(guarded.get('k')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(guarded.health()).toMatchObject({ state: 'open', timeouts: 3, opened: 1 });

    const reached = calls.get;
    for (let i = 0; i < 100; i++) await expect(guarded.get('k')).rejects.toThrow(/skipped/);
    expect(calls.get).toBe(reached); // skipped calls never reach the store, so they never wait
    expect(guarded.health().skipped).toBe(100);

    clock += 1_000; // the probe fails: open again
    await expect(guarded.get('k')).rejects.toThrow(/did not answer/);
    expect(guarded.health()).toMatchObject({ state: 'open', timeouts: 4 });
    setMode('ok');
    await expect(guarded.get('k')).rejects.toThrow(/skipped/);
    clock += 1_000; // the probe works: closed
    await expect(guarded.get('k')).resolves.toBe('v');
    expect(guarded.health()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    expect(changes).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });

  it('lets one probe through at a time and does not count errors the store answers with', async () => {
    const { store, setMode } = switchableStore();
    let clock = 0;
    const guarded = createGuardedStore(store, {
      timeoutMs: 20,
      failureThreshold: 2,
      openMs: 100,
      now: () => clock,
      isOutage: (error) => !(error instanceof Error && error.name === 'ReplyError'),
    });
    setMode('reply-error');
    for (let i = 0; i < 5; i++) await expect(guarded.get('k')).rejects.toThrow('WRONGTYPE');
    expect(guarded.health()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });

    setMode('hang');
    for (let i = 0; i < 2; i++) await expect(guarded.get('k')).rejects.toBeInstanceOf(StoreUnavailableError);
    clock += 100;
    const probe = guarded.get('k');
    await expect(guarded.get('k')).rejects.toThrow(/skipped/); // while the probe is out
    await expect(probe).rejects.toThrow(/did not answer/);
  });
});
