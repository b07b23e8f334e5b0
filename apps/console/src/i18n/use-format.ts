import { useMemo } from 'react';
import {
  formatCompact,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
} from './format';
import { useI18n } from './use-i18n';

/** The format helpers bound to the current locale. */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
      compact: (value: number) => formatCompact(locale, value),
      money: (amount: number, currency?: string) => formatMoney(locale, amount, currency),
      percent: (ratio: number) => formatPercent(locale, ratio),
      dateTime: (date: Date | string | number, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(locale, date, options),
      relative: (date: Date | string | number, now?: number) => formatRelativeTime(locale, date, now),
    }),
    [locale],
  );
}
