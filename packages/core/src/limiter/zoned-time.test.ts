import { describe, expect, it } from 'vitest';
import { civilTimeAt, zoneOffsetAt } from './zoned-time.js';

/** The wall clock as Intl reports it, without any caching. */
function intlCivil(epochMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

describe('civilTimeAt', () => {
  const cases: [string, string][] = [
    ['America/New_York', '2026-03-08T05:00:00Z'], // spring forward at 02:00 local
    ['America/New_York', '2026-11-01T04:00:00Z'], // fall back at 02:00 local
    ['Europe/Berlin', '2026-10-25T00:00:00Z'],
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z'], // +05:45
    ['Australia/Lord_Howe', '2026-04-05T14:00:00Z'], // a 30-minute DST shift
    ['Asia/Shanghai', '2026-01-01T00:00:00Z'],
  ];

  it.each(cases)('matches Intl minute by minute around %s %s', (timeZone, iso) => {
    const start = Date.parse(iso) - 3 * 3_600_000;
    for (let t = start; t < start + 6 * 3_600_000; t += 7 * 60_000 + 13_000) {
      expect(civilTimeAt(t, timeZone), new Date(t).toISOString()).toEqual(intlCivil(t, timeZone));
    }
  });

  it('knows the offset on both sides of a transition', () => {
    const fallBack = Date.parse('2026-11-01T06:00:00Z');
    expect(zoneOffsetAt(fallBack - 1, 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffsetAt(fallBack, 'America/New_York')).toBe(-5 * 3_600_000);
  });
});
