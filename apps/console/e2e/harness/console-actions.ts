import type { Page } from 'playwright-core';

/** Every admin page: its sidebar label (English), path and screenshot name. */
export const ADMIN_PAGES = [
  { label: 'Dashboard', path: '/', name: 'dashboard' },
  { label: 'Request logs', path: '/logs', name: 'logs' },
  { label: 'Leaderboard', path: '/leaderboard', name: 'leaderboard' },
  { label: 'Sessions', path: '/sessions', name: 'sessions' },
  { label: 'Providers', path: '/providers', name: 'providers' },
  { label: 'Users & keys', path: '/users', name: 'users' },
  { label: 'Model prices', path: '/prices', name: 'prices' },
  { label: 'Settings', path: '/settings', name: 'settings' },
  { label: 'Usage guide', path: '/usage-guide', name: 'usage-guide' },
] as const;

type Locale = 'en' | 'zh-CN';

const THEME_LABELS = {
  en: { button: /^Theme:/, light: 'Light', dark: 'Dark' },
  'zh-CN': { button: /^主题：/, light: '浅色', dark: '深色' },
} as const;

const LANGUAGE_BUTTON = { en: /^Language:/, 'zh-CN': /^语言：/ } as const;

/** Types the token on the login page and waits to leave it. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Picks a theme from the top-bar theme menu, as a user would. */
export async function switchTheme(page: Page, theme: 'light' | 'dark', locale: Locale = 'en'): Promise<void> {
  const labels = THEME_LABELS[locale];
  await page.getByRole('button', { name: labels.button }).click();
  await page.getByRole('menuitemradio', { name: labels[theme] }).click();
  await page.waitForFunction((dark) => document.documentElement.classList.contains('dark') === dark, theme === 'dark');
}

/** Picks a language from the top-bar language menu. */
export async function switchLanguage(page: Page, language: 'English' | '简体中文', from: Locale = 'en'): Promise<void> {
  await page.getByRole('button', { name: LANGUAGE_BUTTON[from] }).click();
  await page.getByRole('menuitemradio', { name: language }).click();
}
