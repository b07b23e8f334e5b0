import type { Locale } from './locales';

/** Locale-aware formatting via Intl. Formatters are cached: creating them is not free. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  create: () => T,
): T {
  const hit = cache.get(key);
  // Safe: each cache key embeds the formatter kind, so a hit has the type `create` returns.
  if (hit) return hit as T;
  const made = create();
  cache.set(key, made);
  return made;
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `n|${locale}|${JSON.stringify(options ?? {})}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** Large counts (tokens, requests) shortened: 12.3K / 1.2万. */
export function formatCompact(locale: Locale, value: number): string {
  return formatNumber(locale, value, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Money in USD by default; small amounts keep more decimals so per-request costs stay readable. */
export function formatMoney(locale: Locale, amount: number, currency = 'USD'): string {
  const abs = Math.abs(amount);
  const maximumFractionDigits = abs > 0 && abs < 0.01 ? 6 : abs < 1 ? 4 : 2;
  return formatNumber(locale, amount, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits,
  });
}

export function formatPercent(locale: Locale, ratio: number): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatDateTime(
  locale: Locale,
  date: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' },
): string {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, options)).format(new Date(date));
}

const relativeSteps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 minutes ago" / "3 分钟前", relative to `now`. */
export function formatRelativeTime(locale: Locale, date: Date | string | number, now = Date.now()): string {
  let delta = (new Date(date).getTime() - now) / 1000;
  const format = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(delta) < size) return format.format(Math.round(delta), unit);
    delta /= size;
  }
  return format.format(Math.round(delta), 'year');
}
