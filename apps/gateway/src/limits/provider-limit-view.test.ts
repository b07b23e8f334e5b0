import { createMemoryStore, NO_LIMITS, planUsageRecord, type Provider, type StateStore } from '@cch/core';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLimiterHealth } from './limiter-health.js';
import { createProviderLimitView } from './provider-limit-view.js';

// Only the fields the view reads; the rest of a Provider plays no part here.
const provider = (id: string, limits: Partial<Provider['limits']>) =>
  ({ id, enabled: true, limits: { ...NO_LIMITS, ...limits } }) as Provider;

function countingStore(): { store: StateStore; reads: () => number; failing: (yes: boolean) => void } {
  const inner = createMemoryStore();
  let reads = 0;
  let fail = false;
  const store: StateStore = {
    ...inner,
    readRates: (rates, now) => {
      reads += 1;
      return fail ? Promise.reject(new Error('down')) : inner.readRates(rates, now);
    },
  };
  return { store, reads: () => reads, failing: (yes) => (fail = yes) };
}

describe('provider limit view', () => {
  it('answers from memory, refreshing at most once per interval', async () => {
    let now = 1_000_000;
    const { store, reads } = countingStore();
    const providers = [provider('a', { rpm: 1 }), provider('b', {})];
    const health = createLimiterHealth(pino({ level: 'silent' }));
    const view = createProviderLimitView({
      store,
      providers: () => providers,
      now: () => now,
      timeZone: () => 'UTC',
      sessionTtlMs: () => 300_000,
      health,
    });
    const record = planUsageRecord({
      subjects: [{ subject: { kind: 'provider', id: 'a' }, limits: providers[0]!.limits }],
      clock: { now, timeZone: 'UTC', sessionTtlMs: 300_000 },
      sessionId: null,
      requestId: 'r1',
      amountNano: 0,
    });
    await store.admit(record.request);

    for (let i = 0; i < 100; i++) view.isExhausted('a');
    await view.refresh();
    expect(reads()).toBe(2); // the first lookup's background refresh, and the explicit one
    expect(view.isExhausted('a')).toBe(true);
    expect(view.isExhausted('b')).toBe(false);
    now += 61_000;
    view.isExhausted('a');
    await view.refresh();
    expect(view.isExhausted('a')).toBe(false);
  });

  it('fails open: nothing is exhausted while the store is unreachable', async () => {
    const { store, failing } = countingStore();
    const providers = [provider('a', { rpm: 0 })];
    const health = createLimiterHealth(pino({ level: 'silent' }));
    const view = createProviderLimitView({
      store,
      providers: () => providers,
      now: Date.now,
      timeZone: () => 'UTC',
      sessionTtlMs: () => 300_000,
      health,
    });
    await view.refresh();
    expect(view.isExhausted('a')).toBe(true);
    failing(true);
    await view.refresh();
    expect(view.isExhausted('a')).toBe(false);
    expect(health.stats().degraded).toBe(true);
  });
});
