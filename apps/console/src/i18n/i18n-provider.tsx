import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext } from './i18n-context';
import type { I18nContextValue } from './i18n-context';
import { readStoredLocale, storeLocale } from './locale-storage';
import { dictionaries } from './locales';
import type { Locale } from './locales';
import { createTranslate } from './translate';

interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the stored / detected locale (tests, previews). */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nContextValue>(
    () => ({
      locale,
      setLocale: (next) => {
        storeLocale(next);
        setLocaleState(next);
      },
      t: createTranslate(dictionaries[locale]),
    }),
    [locale],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
