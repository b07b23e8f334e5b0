import { detectLocale, isLocale } from './locales';
import type { Locale } from './locales';

/** Also read by public/theme-init.js — keep in sync. */
export const LOCALE_STORAGE_KEY = 'cch.locale';

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, sandboxed iframes): use the browser language.
  }
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return detectLocale(languages);
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted; the choice still applies for this page view.
  }
}
