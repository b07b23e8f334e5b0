import { describe, expect, it } from 'vitest';
import { type Limits, NO_LIMITS } from '../domain/limits.js';
import { isEmptyPlan, planAdmission, planUsageRecord } from './plan-admission.js';

const NOW = Date.parse('2026-11-22T16:30:00Z'); // Monday 2026-11-23 00:30 in Shanghai
const limits = (overrides: Partial<Limits>): Limits => ({ ...NO_LIMITS, ...overrides });

function plan(user: Partial<Limits>, key: Partial<Limits> = {}, timeZone = 'Asia/Shanghai') {
  return planAdmission({
    user: { id: 'u1', limits: limits(user) },
    key: { id: 'k1', limits: limits(key) },
    now: NOW,
    timeZone,
    sessionTtlMs: 300_000,
    sessionId: 'sess-1',
    requestId: 'req-1',
    estimateNano: 50_000_000,
  });
}

describe('planAdmission', () => {
  it('checks nothing, reserves nothing, when no limit is configured', () => {
    const empty = plan({});
    expect(isEmptyPlan(empty)).toBe(true);
    expect(empty.request.reserveNano).toBe(0);
    expect(empty.settlement).toEqual({ admittedAt: NOW, budgets: [], reservedNano: 0 });
  });

  it('names each fixed spend window after its period in the zone', () => {
    const { request, origins } = plan({
      usdDaily: '10',
      usdWeekly: '50',
      usdMonthly: '100',
      usdTotal: '1000',
      usd5h: '5',
      fiveHourMode: 'fixed',
    });
    expect(request.budgets.map((b) => b.key)).toEqual([
      'usd:user:u1:5h:2026-11-22T14',
      'usd:user:u1:day:2026-11-23',
      'usd:user:u1:week:2026-11-23',
      'usd:user:u1:month:2026-11',
      'usd:user:u1:total',
    ]);
    expect(request.budgets.map((b) => b.limitNano)).toEqual([5e9, 10e9, 50e9, 100e9, 1000e9]);
    expect(origins.budgets.map((o) => [o.limit, o.shape, o.resetAt && new Date(o.resetAt).toISOString()])).toEqual([
      ['usd5h', 'fixed', '2026-11-22T19:00:00.000Z'],
      ['usdDaily', 'fixed', '2026-11-23T16:00:00.000Z'],
      ['usdWeekly', 'fixed', '2026-11-29T16:00:00.000Z'],
      ['usdMonthly', 'fixed', '2026-11-30T16:00:00.000Z'],
      ['usdTotal', 'total', null],
    ]);
    expect(request.reserveNano).toBe(50_000_000);
    // A fixed counter expires an hour after its period ends.
    expect(request.budgets[1]).toMatchObject({
      mode: 'fixed',
      ttlMs: Date.parse('2026-11-23T16:00:00Z') - NOW + 3_600_000,
    });
    expect(request.budgets[4]).toMatchObject({ mode: 'fixed', ttlMs: null });
  });

  it('uses rolling buckets for rolling 5 h and rolling 24 h', () => {
    const { request } = plan({ usd5h: '5', usdDaily: '10', dailyMode: 'rolling' });
    expect(request.budgets).toEqual([
      { key: 'usd:user:u1:5h-rolling', mode: 'rolling', windowMs: 5 * 3_600_000, bucketMs: 300_000, limitNano: 5e9 },
      { key: 'usd:user:u1:24h-rolling', mode: 'rolling', windowMs: 86_400_000, bucketMs: 900_000, limitNano: 10e9 },
    ]);
  });

  it('adds key limits to user limits', () => {
    const { request, origins, settlement } = plan(
      { rpm: 60, concurrentSessions: 2, usdDaily: '10' },
      { rpm: 5, usdDaily: '1' },
    );
    expect(request.rates).toEqual([
      { key: 'rpm:user:u1', windowMs: 60_000, limit: 60 },
      { key: 'rpm:key:k1', windowMs: 60_000, limit: 5 },
    ]);
    expect(request.slots).toEqual([{ key: 'sessions:user:u1', member: 'sess-1', limit: 2, ttlMs: 300_000 }]);
    expect(origins.budgets.map((o) => `${o.subject.kind}:${o.limit}`)).toEqual(['user:usdDaily', 'key:usdDaily']);
    expect(settlement.budgets.map((b) => b.key)).toEqual(['usd:user:u1:day:2026-11-23', 'usd:key:k1:day:2026-11-23']);
    expect(settlement.reservedNano).toBe(50_000_000);
  });

  it('skips the session check when the request has no session, and malformed amounts', () => {
    const noSession = planAdmission({
      user: { id: 'u1', limits: limits({ concurrentSessions: 1, usdDaily: 'ten dollars' }) },
      key: { id: 'k1', limits: NO_LIMITS },
      now: NOW,
      timeZone: 'UTC',
      sessionTtlMs: 300_000,
      sessionId: null,
      requestId: 'r',
      estimateNano: 1,
    });
    expect(isEmptyPlan(noSession)).toBe(true);
  });

  it('uses the daily reset time of each subject', () => {
    const { request } = plan({ usdDaily: '1', dailyResetTime: '08:00' }, { usdDaily: '1' });
    // 00:30 Shanghai: the user's day began at 08:00 yesterday; the key's at midnight.
    expect(request.budgets.map((b) => b.key)).toEqual(['usd:user:u1:day:2026-11-22', 'usd:key:k1:day:2026-11-23']);
  });
});

describe('planUsageRecord', () => {
  it('records in the same windows with limits nothing reaches', () => {
    const record = planUsageRecord({
      subjects: [
        { subject: { kind: 'provider', id: 'p1' }, limits: limits({ rpm: 1, concurrentSessions: 1, usdDaily: '0' }) },
      ],
      clock: { now: NOW, timeZone: 'UTC', sessionTtlMs: 300_000 },
      sessionId: 's',
      requestId: 'r',
      amountNano: 123,
    });
    expect(record.request.rates[0]).toMatchObject({ key: 'rpm:provider:p1', limit: Number.MAX_SAFE_INTEGER });
    expect(record.request.slots[0]).toMatchObject({ key: 'sessions:provider:p1', limit: Number.MAX_SAFE_INTEGER });
    expect(record.request.budgets[0]).toMatchObject({
      key: 'usd:provider:p1:day:2026-11-22',
      limitNano: Number.MAX_SAFE_INTEGER,
    });
    expect(record.request.reserveNano).toBe(123);
  });
});
