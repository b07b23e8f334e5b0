export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/** Also read by public/theme-init.js — keep in sync. */
export const THEME_STORAGE_KEY = 'cch.theme';

export function isTheme(value: unknown): value is Theme {
  // Widening the tuple to string[] only lets `includes` accept any string.
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

export function readStoredTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    if (isTheme(stored)) return stored;
  } catch {
    // Storage disabled: follow the system.
  }
  return 'system';
}

export function storeTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not persisted; still applies to this page view.
  }
}
