import type { useFormat } from '../../i18n/use-format';

type Format = ReturnType<typeof useFormat>;

/** A duration in the locale's units: "850 ms" below a second, "1.25 s" above ("850毫秒" / "1.25秒"). */
export function formatDuration(format: Format, ms: number): string {
  if (ms < 1000) {
    return format.number(Math.round(ms), { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
  }
  return format.number(ms / 1000, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 2 });
}
