/** A wall-clock date and time in some IANA time zone (month 1–12). */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function measureOffset(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  return wallAsUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * Zone offsets by (zone, quarter hour). Every modern offset is a multiple of 15 minutes and every
 * transition happens on a local quarter hour, so an offset is constant within a UTC quarter hour;
 * the limiter asks on every request, and Intl's formatToParts is far too slow for that.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsets = new Map<string, number>();

/** Offset of `timeZone` from UTC at `epochMs`, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(epochMs / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 4096) offsets.clear();
    offset = measureOffset(epochMs, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock time at `epochMs` in `timeZone` (seconds dropped). */
export function civilTimeAt(epochMs: number, timeZone: string): CivilTime {
  const wall = new Date(epochMs + zoneOffsetAt(epochMs, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/**
 * The instant a wall-clock time happens in `timeZone`. Out-of-range fields roll over
 * (day 32 → next month). In a DST gap the later offset wins; this is exact for DST-free zones.
 */
export function epochOfCivilTime(civil: CivilTime, timeZone: string): number {
  const wallAsUtc = Date.UTC(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute);
  let epoch = wallAsUtc - zoneOffsetAt(wallAsUtc, timeZone);
  const corrected = wallAsUtc - zoneOffsetAt(epoch, timeZone);
  if (corrected !== epoch) epoch = corrected;
  return epoch;
}

/** The calendar date `days` after the given one (negative = before), as y/m/d. */
export function addDays(
  date: Pick<CivilTime, 'year' | 'month' | 'day'>,
  days: number,
): Pick<CivilTime, 'year' | 'month' | 'day'> {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO weekday of a calendar date: Monday 1 … Sunday 7. */
export function isoWeekday(date: Pick<CivilTime, 'year' | 'month' | 'day'>): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-11-22` */
export function formatCivilDate(date: Pick<CivilTime, 'year' | 'month' | 'day'>): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `2026-11-23T00:00:00+08:00`: an instant as wall-clock time in `timeZone`, with its offset. */
export function formatZonedIso(epochMs: number, timeZone: string): string {
  const civil = civilTimeAt(epochMs, timeZone);
  const seconds = Math.floor((((epochMs % 60_000) + 60_000) % 60_000) / 1000);
  const offsetMinutes = Math.round(zoneOffsetAt(epochMs, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset =
    offsetMinutes === 0
      ? 'Z'
      : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${formatCivilDate(civil)}T${pad(civil.hour)}:${pad(civil.minute)}:${pad(seconds)}${offset}`;
}
