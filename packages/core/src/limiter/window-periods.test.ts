import { describe, expect, it } from 'vitest';
import { dayPeriod, fiveHourBlock, monthPeriod, parseResetTime, weekPeriod } from './window-periods.js';
import { formatZonedIso } from './zoned-time.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const SHANGHAI = 'Asia/Shanghai';

describe('daily period, fixed at the reset time in the zone', () => {
  it('resets at 00:00 UTC in UTC', () => {
    expect(dayPeriod(at('2026-11-22T23:59:59.999Z'), 'UTC', '00:00')).toEqual({
      startMs: at('2026-11-22T00:00:00Z'),
      endMs: at('2026-11-23T00:00:00Z'),
      label: '2026-11-22',
    });
    expect(dayPeriod(at('2026-11-23T00:00:00Z'), 'UTC', '00:00').label).toBe('2026-11-23');
  });

  it('resets at 00:00 Shanghai, which is 16:00 UTC the day before', () => {
    const before = dayPeriod(at('2026-11-22T15:59:59.999Z'), SHANGHAI, '00:00');
    expect(before).toEqual({
      startMs: at('2026-11-21T16:00:00Z'),
      endMs: at('2026-11-22T16:00:00Z'),
      label: '2026-11-22',
    });
    const after = dayPeriod(at('2026-11-22T16:00:00Z'), SHANGHAI, '00:00');
    expect(after).toEqual({
      startMs: at('2026-11-22T16:00:00Z'),
      endMs: at('2026-11-23T16:00:00Z'),
      label: '2026-11-23',
    });
    expect(formatZonedIso(after.startMs, SHANGHAI)).toBe('2026-11-23T00:00:00+08:00');
  });

  it('names a day after its start date when the reset time is not midnight', () => {
    // 08:29 Shanghai on the 23rd is still the day that began at 08:30 on the 22nd.
    expect(dayPeriod(at('2026-11-23T00:29:00Z'), SHANGHAI, '08:30')).toEqual({
      startMs: at('2026-11-22T00:30:00Z'),
      endMs: at('2026-11-23T00:30:00Z'),
      label: '2026-11-22',
    });
    expect(dayPeriod(at('2026-11-23T00:30:00Z'), SHANGHAI, '08:30').label).toBe('2026-11-23');
    expect(dayPeriod(at('2026-11-23T00:30:00Z'), 'UTC', '18:00')).toMatchObject({
      startMs: at('2026-11-22T18:00:00Z'),
      label: '2026-11-22',
    });
  });

  it('crosses month and year ends', () => {
    expect(dayPeriod(at('2026-12-31T16:00:00Z'), SHANGHAI, '00:00')).toMatchObject({
      label: '2027-01-01',
      endMs: at('2027-01-01T16:00:00Z'),
    });
    expect(dayPeriod(at('2027-03-01T00:00:00Z'), 'UTC', '12:00')).toMatchObject({
      label: '2027-02-28',
      startMs: at('2027-02-28T12:00:00Z'),
    });
  });

  it('treats a malformed reset time as midnight', () => {
    expect(parseResetTime('25:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseResetTime(' 07:05 ')).toEqual({ hour: 7, minute: 5 });
  });
});

describe('weekly period from Monday 00:00', () => {
  it('turns over from Sunday to Monday in UTC', () => {
    // 2026-11-22 is a Sunday.
    expect(weekPeriod(at('2026-11-22T23:59:59Z'), 'UTC')).toEqual({
      startMs: at('2026-11-16T00:00:00Z'),
      endMs: at('2026-11-23T00:00:00Z'),
      label: '2026-11-16',
    });
    expect(weekPeriod(at('2026-11-23T00:00:00Z'), 'UTC').label).toBe('2026-11-23');
  });

  it('turns over at Monday 00:00 Shanghai = Sunday 16:00 UTC', () => {
    expect(weekPeriod(at('2026-11-22T15:59:59Z'), SHANGHAI).label).toBe('2026-11-16');
    expect(weekPeriod(at('2026-11-22T16:00:00Z'), SHANGHAI)).toEqual({
      startMs: at('2026-11-22T16:00:00Z'),
      endMs: at('2026-11-29T16:00:00Z'),
      label: '2026-11-23',
    });
  });

  it('spans a year end', () => {
    // Thursday 2027-01-01 belongs to the week of Monday 2026-12-28.
    expect(weekPeriod(at('2027-01-01T12:00:00Z'), 'UTC')).toMatchObject({
      label: '2026-12-28',
      endMs: at('2027-01-04T00:00:00Z'),
    });
  });
});

describe('monthly period from the 1st', () => {
  it('turns over at the 1st 00:00 in the zone', () => {
    expect(monthPeriod(at('2026-11-30T15:59:59Z'), SHANGHAI).label).toBe('2026-11');
    expect(monthPeriod(at('2026-11-30T16:00:00Z'), SHANGHAI)).toEqual({
      startMs: at('2026-11-30T16:00:00Z'),
      endMs: at('2026-12-31T16:00:00Z'),
      label: '2026-12',
    });
    expect(monthPeriod(at('2026-11-30T16:00:00Z'), 'UTC').label).toBe('2026-11');
  });

  it('rolls December over into January', () => {
    expect(monthPeriod(at('2026-12-15T00:00:00Z'), 'UTC')).toEqual({
      startMs: at('2026-12-01T00:00:00Z'),
      endMs: at('2027-01-01T00:00:00Z'),
      label: '2026-12',
    });
    expect(monthPeriod(at('2026-12-31T16:00:00Z'), SHANGHAI).label).toBe('2027-01');
  });

  it('handles February in a leap year', () => {
    expect(monthPeriod(at('2028-02-15T00:00:00Z'), 'UTC').endMs).toBe(at('2028-03-01T00:00:00Z'));
  });
});

describe('fixed 5-hour blocks', () => {
  it('are 5 h long, counted from the Unix epoch, the same in every zone', () => {
    const block = fiveHourBlock(at('2026-11-22T12:34:00Z'));
    expect([iso(block.startMs), iso(block.endMs), block.label]).toEqual([
      '2026-11-22T09:00:00.000Z',
      '2026-11-22T14:00:00.000Z',
      '2026-11-22T09',
    ]);
    expect(fiveHourBlock(at('2026-11-22T13:59:59.999Z')).startMs).toBe(block.startMs);
    expect(fiveHourBlock(at('2026-11-22T14:00:00Z')).label).toBe('2026-11-22T14');
    expect(formatZonedIso(block.endMs, SHANGHAI)).toBe('2026-11-22T22:00:00+08:00');
  });
});
