import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Limits, NO_LIMITS } from '../domain/limits.js';
import { createMemoryStore } from '../state/memory-store.js';
import { createRedisStore } from '../state/redis-store.js';
import type { StateStore } from '../state/state-store.js';
import { describeRefusal } from './describe-refusal.js';
import { planAdmission, planUsageRecord } from './plan-admission.js';
import { readUsage } from './read-usage.js';
import { resetUsage } from './reset-usage.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runPrefix = `test:limiter:${randomUUID().slice(0, 8)}:`;
const SHANGHAI = 'Asia/Shanghai';
const TTL = 300_000;
const limits = (overrides: Partial<Limits>): Limits => ({ ...NO_LIMITS, ...overrides });

async function deleteRunKeys(): Promise<void> {
  const admin = new Redis(redisUrl ?? '');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${runPrefix}*`, 'COUNT', 500);
      if (keys.length > 0) await admin.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await admin.quit();
  }
}

const backends: [string, () => StateStore, boolean][] = [
  ['memory', () => createMemoryStore(), true],
  [
    'redis',
    () => createRedisStore({ url: redisUrl ?? '', prefix: `${runPrefix}${randomUUID().slice(0, 6)}:` }),
    Boolean(redisUrl),
  ],
];

describe.each(backends)('limits on the %s store', (_name, makeStore, enabled) => {
  let store: StateStore;
  let seq = 0;
  beforeEach(async () => {
    if (!enabled) return;
    await store?.close();
    store = makeStore();
  });
  afterAll(async () => {
    await store?.close();
    if (redisUrl) await deleteRunKeys();
  });

  function admit(
    user: Partial<Limits>,
    key: Partial<Limits>,
    at: { now: number; sessionId?: string; estimateNano?: number },
  ) {
    const plan = planAdmission({
      user: { id: 'u1', limits: limits(user) },
      key: { id: 'k1', limits: limits(key) },
      now: at.now,
      timeZone: SHANGHAI,
      sessionTtlMs: TTL,
      sessionId: at.sessionId ?? 's1',
      requestId: `r${++seq}`,
      estimateNano: at.estimateNano ?? 0,
    });
    return store.admit(plan.request).then((result) => ({ plan, result }));
  }

  it.skipIf(!enabled)('refuses the request past the RPM limit and names the key limit', async () => {
    const now = Date.now();
    for (let i = 0; i < 2; i++)
      expect((await admit({ rpm: 10 }, { rpm: 2 }, { now: now + i })).result.admitted).toBe(true);
    const { plan, result } = await admit({ rpm: 10 }, { rpm: 2 }, { now: now + 10_000 });
    if (result.admitted) throw new Error('expected a refusal');
    const details = describeRefusal(plan, result.refusal, { now: now + 10_000, timeZone: SHANGHAI });
    expect(details).toMatchObject({ code: 'rate_limited', name: 'key RPM limit', current: '2', retryAfterSeconds: 50 });
    expect((await admit({ rpm: 10 }, { rpm: 2 }, { now: now + 60_001 })).result.admitted).toBe(true);
  });

  it.skipIf(!enabled)('counts distinct live sessions; a live session re-claims its slot', async () => {
    const now = Date.now();
    expect((await admit({ concurrentSessions: 1 }, {}, { now, sessionId: 'a' })).result.admitted).toBe(true);
    expect((await admit({ concurrentSessions: 1 }, {}, { now: now + 1000, sessionId: 'a' })).result.admitted).toBe(
      true,
    );
    const refused = await admit({ concurrentSessions: 1 }, {}, { now: now + 2000, sessionId: 'b' });
    expect(refused.result).toEqual({ admitted: false, refusal: { kind: 'slot', index: 0, current: 1 } });
    expect(
      (await admit({ concurrentSessions: 1 }, {}, { now: now + 1000 + TTL, sessionId: 'b' })).result.admitted,
    ).toBe(true);
  });

  it.skipIf(!enabled)('reserves the estimate and settles the actual cost into every window', async () => {
    const now = Date.now();
    const user = { usdDaily: '1', usd5h: '5' };
    const admitted = [];
    for (let i = 0; i < 3; i++)
      admitted.push(await admit(user, { usdDaily: '0.9' }, { now, estimateNano: 400_000_000 }));
    // Reserved 0, 0.4, 0.8 before each: all under both daily limits; the 4th sees 1.2, over the user's $1.
    expect(admitted.map((a) => a.result.admitted)).toEqual([true, true, true]);
    const refused = await admit(user, { usdDaily: '0.9' }, { now, estimateNano: 400_000_000 });
    expect(refused.result).toMatchObject({ admitted: false, refusal: { kind: 'budget', index: 1 } });
    for (const { plan } of admitted) await store.settle({ ...plan.settlement, actualNano: 100_000_000 });
    const [usage] = await readUsage(store, [{ subject: { kind: 'user', id: 'u1' }, limits: limits(user) }], {
      now,
      timeZone: SHANGHAI,
      sessionTtlMs: TTL,
    });
    expect(usage?.entries.map((e) => [e.limit, e.current, e.max, e.exhausted])).toEqual([
      ['usd5h', '0.3', '5', false],
      ['usdDaily', '0.3', '1', false],
    ]);
    expect((await admit(user, { usdDaily: '0.9' }, { now, estimateNano: 400_000_000 })).result.admitted).toBe(true);
  });

  it.skipIf(!enabled)('a rolling 5 h window forgets spend older than 5 h', async () => {
    const now = Date.now();
    const { plan } = await admit({ usd5h: '1' }, {}, { now, estimateNano: 2_000_000_000 });
    expect((await admit({ usd5h: '1' }, {}, { now: now + 60_000 })).result.admitted).toBe(false);
    await store.settle({ ...plan.settlement, actualNano: 1_000_000_000 });
    expect((await admit({ usd5h: '1' }, {}, { now: now + 5 * 3_600_000 + 300_000 })).result.admitted).toBe(true);
  });

  it.skipIf(!enabled)('reads usage of every configured limit, and an admin reset clears spend', async () => {
    const now = Date.now();
    const user = limits({ rpm: 5, concurrentSessions: 2, usdDaily: '1', usdTotal: '10' });
    const { plan } = await admit(user, {}, { now, estimateNano: 250_000_000 });
    const subject = { kind: 'user', id: 'u1' } as const;
    const clock = { now: now + 1, timeZone: SHANGHAI, sessionTtlMs: TTL };
    const before = await readUsage(store, [{ subject, limits: user }], clock);
    expect(before[0]?.entries.map((e) => ({ limit: e.limit, unit: e.unit, current: e.current, max: e.max }))).toEqual([
      { limit: 'rpm', unit: 'requests', current: 1, max: 5 },
      { limit: 'concurrentSessions', unit: 'sessions', current: 1, max: 2 },
      { limit: 'usdDaily', unit: 'usd', current: '0.25', max: '1' },
      { limit: 'usdTotal', unit: 'usd', current: '0.25', max: '10' },
    ]);
    expect(before[0]?.entries[3]).toMatchObject({ shape: 'total', resetAt: null, since: null });

    await resetUsage(store, subject, user, clock);
    await store.settle({ ...plan.settlement, actualNano: 100_000_000 }); // in flight across the reset: floored at zero
    const after = await readUsage(store, [{ subject, limits: user }], clock);
    expect(after[0]?.entries.map((e) => e.current)).toEqual([1, 1, '0', '0']);
    expect(after[0]?.entries[3]).toMatchObject({ since: now + 1 });
  });

  it.skipIf(!enabled)('records provider usage unconditionally and reads it back as exhausted', async () => {
    const provider = limits({ rpm: 1, usdDaily: '0.001' });
    const subject = { kind: 'provider', id: 'p1' } as const;
    const clock = { now: Date.now(), timeZone: 'UTC', sessionTtlMs: TTL };
    for (let i = 0; i < 2; i++) {
      const record = planUsageRecord({
        subjects: [{ subject, limits: provider }],
        clock,
        sessionId: 's',
        requestId: `p${i}`,
        amountNano: 2_000_000,
      });
      expect(await store.admit(record.request)).toEqual({ admitted: true });
    }
    const [usage] = await readUsage(store, [{ subject, limits: provider }], clock);
    expect(usage?.entries.map((e) => [e.limit, e.current, e.exhausted])).toEqual([
      ['rpm', 2, true],
      ['usdDaily', '0.004', true],
    ]);
  });
});
