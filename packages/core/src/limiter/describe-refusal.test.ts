import { describe, expect, it } from 'vitest';
import { type Limits, NO_LIMITS } from '../domain/limits.js';
import { describeRefusal } from './describe-refusal.js';
import { nanoToUsd } from './nano-usd.js';
import { planAdmission } from './plan-admission.js';

const NOW = Date.parse('2026-11-22T15:00:00Z'); // Sunday 23:00 in Shanghai
const limits = (overrides: Partial<Limits>): Limits => ({ ...NO_LIMITS, ...overrides });

function plan(user: Partial<Limits>, key: Partial<Limits> = {}) {
  return planAdmission({
    user: { id: 'u1', limits: limits(user) },
    key: { id: 'k1', limits: limits(key) },
    now: NOW,
    timeZone: 'Asia/Shanghai',
    sessionTtlMs: 300_000,
    sessionId: 's1',
    requestId: 'r1',
    estimateNano: 0,
  });
}

const options = { now: NOW, timeZone: 'Asia/Shanghai' };

describe('describeRefusal', () => {
  it('RPM: frees up when the oldest request leaves the 60 s window', () => {
    const details = describeRefusal(
      plan({ rpm: 60 }, { rpm: 2 }),
      { kind: 'rate', index: 1, current: 2, oldestAt: NOW - 45_500 },
      options,
    );
    expect(details).toMatchObject({
      code: 'rate_limited',
      name: 'key RPM limit',
      current: '2',
      limit: '2',
      remaining: '0',
      retryAfterSeconds: 15,
    });
    expect(details.headers).toEqual({
      'retry-after': '15',
      'x-ratelimit-limit': '2',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '15',
    });
    expect(details.message).toBe(
      'Key RPM limit reached: 2 of 2 requests in the last 60 s. Frees up at 2026-11-22T23:00:14+08:00 (in 15 s).',
    );
  });

  it('sessions: uses the first expiry when the caller found it, else the session TTL', () => {
    const p = plan({ concurrentSessions: 3 });
    const known = describeRefusal(p, { kind: 'slot', index: 0, current: 3 }, { ...options, slotFreesAt: NOW + 42_000 });
    expect(known).toMatchObject({
      code: 'concurrency_limited',
      name: 'user concurrent sessions limit',
      retryAfterSeconds: 42,
    });
    expect(known.message).toContain('3 of 3 sessions active');
    expect(describeRefusal(p, { kind: 'slot', index: 0, current: 3 }, options).retryAfterSeconds).toBe(300);
  });

  it('daily spend: resets at the next reset time in the zone, amounts in USD', () => {
    const details = describeRefusal(
      plan({ usdDaily: '1.5' }),
      { kind: 'budget', index: 0, current: 1_523_400_000 },
      options,
    );
    expect(details).toMatchObject({
      code: 'spend_limited',
      name: 'user daily USD limit',
      current: '1.5234',
      limit: '1.5',
      remaining: '0',
      retryAfterSeconds: 3600,
    });
    expect(details.headers).toMatchObject({
      'retry-after': '3600',
      'x-ratelimit-limit': '1.5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '3600',
    });
    expect(details.message).toBe(
      'User daily USD limit reached: $1.5234 used of $1.5. Resets at 2026-11-23T00:00:00+08:00 (in 3600 s).',
    );
  });

  it('weekly spend resets on Monday 00:00 in the zone (an hour away on Sunday 23:00)', () => {
    expect(
      describeRefusal(plan({}, { usdWeekly: '20' }), { kind: 'budget', index: 0, current: 20e9 }, options).resetAt,
    ).toBe(Date.parse('2026-11-22T16:00:00Z'));
  });

  it('rolling spend: says by when everything counted now has left the window', () => {
    const details = describeRefusal(plan({ usd5h: '2' }), { kind: 'budget', index: 0, current: 2e9 }, options);
    expect(details.retryAfterSeconds).toBe(5 * 3600);
    expect(details.message).toContain('Fully frees up by 2026-11-23T04:00:00+08:00');
  });

  it('total spend: no reset time, so no Retry-After', () => {
    const details = describeRefusal(plan({ usdTotal: '100' }), { kind: 'budget', index: 0, current: 100e9 }, options);
    expect(details.resetAt).toBeNull();
    expect(details.headers).toEqual({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' });
    expect(details.message).toBe(
      'User total USD limit reached: $100 used of $100. It resets only when an administrator resets the usage.',
    );
  });

  it('rejects a refusal that is not in the plan', () => {
    expect(() => describeRefusal(plan({}), { kind: 'rate', index: 0, current: 1, oldestAt: null }, options)).toThrow(
      RangeError,
    );
  });
});

describe('nanoToUsd', () => {
  it('prints exact decimals without trailing zeros', () => {
    expect([0, 1, 370_000, 2e9, 1_500_000_001, -25].map(nanoToUsd)).toEqual([
      '0',
      '0.000000001',
      '0.00037',
      '2',
      '1.500000001',
      '-0.000000025',
    ]);
  });
});
