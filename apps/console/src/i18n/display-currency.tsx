import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { consoleConfigQueryOptions } from '../api/console-config';

export interface ConsoleDisplay {
  /** Null until the gateway answered (the default title is shown meanwhile). */
  siteTitle: string | null;
  /** ISO 4217 code shown beside USD; USD alone when it is USD. */
  currency: string;
  /** Units of `currency` per USD. */
  perUsd: number;
}

const USD_ONLY: ConsoleDisplay = { siteTitle: null, currency: 'USD', perUsd: 1 };
const ConsoleDisplayContext = createContext<ConsoleDisplay>(USD_ONLY);

/** Provides the site title and display currency the admin set (runtime settings) to every page. */
export function ConsoleDisplayProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(consoleConfigQueryOptions());
  const value = useMemo<ConsoleDisplay>(
    () =>
      data
        ? { siteTitle: data.siteTitle, currency: data.displayCurrency, perUsd: Number(data.usdExchangeRate) }
        : USD_ONLY,
    [data],
  );
  useEffect(() => {
    if (data) document.title = data.siteTitle;
  }, [data]);
  return <ConsoleDisplayContext.Provider value={value}>{children}</ConsoleDisplayContext.Provider>;
}

export const useConsoleDisplay = () => useContext(ConsoleDisplayContext);
