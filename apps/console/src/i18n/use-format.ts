import { useMemo } from 'react';
import { formatCompact, formatDateTime, formatMoney, formatNumber, formatPercent, formatRelativeTime } from './format';
import { useConsoleDisplay } from './display-currency';
import { useI18n } from './use-i18n';

/** The format helpers bound to the current locale. */
export function useFormat() {
  const { locale } = useI18n();
  const display = useConsoleDisplay();
  return useMemo(
    () => ({
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
      compact: (value: number) => formatCompact(locale, value),
      /** USD (the unit of account); with the admin's display currency beside it when that is not USD. */
      money: (amount: number, currency?: string) => {
        const usd = formatMoney(locale, amount, currency);
        if (currency !== undefined || display.currency === 'USD') return usd;
        return `${usd} (≈ ${formatMoney(locale, amount * display.perUsd, display.currency)})`;
      },
      percent: (ratio: number) => formatPercent(locale, ratio),
      dateTime: (date: Date | string | number, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(locale, date, options),
      relative: (date: Date | string | number, now?: number) => formatRelativeTime(locale, date, now),
    }),
    [locale, display],
  );
}
