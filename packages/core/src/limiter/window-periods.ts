import { addDays, civilTimeAt, epochOfCivilTime, formatCivilDate, isoWeekday } from './zoned-time.js';

/** One period of a fixed window: [startMs, endMs), and a label that names it in store keys. */
export interface Period {
  readonly startMs: number;
  readonly endMs: number;
  readonly label: string;
}

/**
 * A period holds until it ends, and every admission asks for the current one: each (kind, zone,
 * reset time) is worked out once per period instead of per request.
 */
const currentPeriods = new Map<string, Period>();

function currentPeriod(cacheKey: string, now: number, compute: () => Period): Period {
  const cached = currentPeriods.get(cacheKey);
  if (cached && now >= cached.startMs && now < cached.endMs) return cached;
  const period = compute();
  if (currentPeriods.size >= 1024) currentPeriods.clear();
  currentPeriods.set(cacheKey, period);
  return period;
}

export const FIVE_HOURS_MS = 5 * 3_600_000;

/**
 * Fixed 5-hour blocks counted from 1970-01-01T00:00Z. Every day is 24 h, which 5 h does not
 * divide, so no alignment makes blocks start at the same wall-clock times daily; epoch
 * alignment at least gives every replica and time zone the same blocks, untouched by DST.
 */
export function fiveHourBlock(now: number): Period {
  return currentPeriod('5h', now, () => computeFiveHourBlock(now));
}

function computeFiveHourBlock(now: number): Period {
  const startMs = Math.floor(now / FIVE_HOURS_MS) * FIVE_HOURS_MS;
  return { startMs, endMs: startMs + FIVE_HOURS_MS, label: new Date(startMs).toISOString().slice(0, 13) };
}

/** Parses `HH:mm`; anything else means midnight. */
export function parseResetTime(resetTime: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(resetTime.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : { hour: 0, minute: 0 };
}

/**
 * The day that started at the latest `resetTime` (wall clock in `timeZone`) not after `now`;
 * labelled by its start date.
 */
export function dayPeriod(now: number, timeZone: string, resetTime: string): Period {
  return currentPeriod(`day|${timeZone}|${resetTime}`, now, () => computeDayPeriod(now, timeZone, resetTime));
}

function computeDayPeriod(now: number, timeZone: string, resetTime: string): Period {
  const { hour, minute } = parseResetTime(resetTime);
  const today = civilTimeAt(now, timeZone);
  let startDate = { year: today.year, month: today.month, day: today.day };
  let startMs = epochOfCivilTime({ ...startDate, hour, minute }, timeZone);
  if (startMs > now) {
    startDate = addDays(startDate, -1);
    startMs = epochOfCivilTime({ ...startDate, hour, minute }, timeZone);
  }
  const endMs = epochOfCivilTime({ ...addDays(startDate, 1), hour, minute }, timeZone);
  return { startMs, endMs, label: formatCivilDate(startDate) };
}

/** The week from Monday 00:00 in `timeZone`; labelled by that Monday's date. */
export function weekPeriod(now: number, timeZone: string): Period {
  return currentPeriod(`week|${timeZone}`, now, () => computeWeekPeriod(now, timeZone));
}

function computeWeekPeriod(now: number, timeZone: string): Period {
  const today = civilTimeAt(now, timeZone);
  const monday = addDays(today, 1 - isoWeekday(today));
  return {
    startMs: epochOfCivilTime({ ...monday, hour: 0, minute: 0 }, timeZone),
    endMs: epochOfCivilTime({ ...addDays(monday, 7), hour: 0, minute: 0 }, timeZone),
    label: formatCivilDate(monday),
  };
}

/** The calendar month from the 1st 00:00 in `timeZone`; labelled `YYYY-MM`. */
export function monthPeriod(now: number, timeZone: string): Period {
  return currentPeriod(`month|${timeZone}`, now, () => computeMonthPeriod(now, timeZone));
}

function computeMonthPeriod(now: number, timeZone: string): Period {
  const today = civilTimeAt(now, timeZone);
  return {
    // epochOfCivilTime rolls month 13 over into January of the next year.
    startMs: epochOfCivilTime({ year: today.year, month: today.month, day: 1, hour: 0, minute: 0 }, timeZone),
    endMs: epochOfCivilTime({ year: today.year, month: today.month + 1, day: 1, hour: 0, minute: 0 }, timeZone),
    label: formatCivilDate({ year: today.year, month: today.month, day: 1 }).slice(0, 7),
  };
}
