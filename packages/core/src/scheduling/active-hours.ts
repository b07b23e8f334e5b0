import type { ActiveHours } from '../domain/provider.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function minutesFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function parseClock(value: string): number {
  const [hours, minutes] = value.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes since local midnight in `timeZone`. */
export function minuteOfDay(now: number, timeZone: string): number {
  const parts = minutesFormatter(timeZone).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/** Whether `now` is inside the window; windows may cross midnight (22:00–06:00). */
export function isWithinActiveHours(hours: ActiveHours | null, now: number, timeZone: string): boolean {
  if (!hours) return true;
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  if (start === end) return true;
  const current = minuteOfDay(now, timeZone);
  return start < end ? current >= start && current < end : current >= start || current < end;
}
