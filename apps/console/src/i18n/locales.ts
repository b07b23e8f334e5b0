import { en } from './en';
import type { MessageKey } from './en';
import { zhCN } from './zh-CN';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export type Dictionary = Record<MessageKey, string>;

/** Exhaustive: adding a locale to `locales` fails to compile until its dictionary exists. */
export const dictionaries = { en, 'zh-CN': zhCN } satisfies Record<Locale, Dictionary>;

export function isLocale(value: unknown): value is Locale {
  // Widening the tuple to string[] only lets `includes` accept any string.
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks zh-CN for any Chinese browser language, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  const preferred = languages.find((lang) => lang.trim() !== '');
  return preferred?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
