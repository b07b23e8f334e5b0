import { en } from './en';
import type { MessageKey } from './en';
import { ja } from './ja';
import { ru } from './ru';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

/** The order the language menu lists them in. */
export const locales = ['en', 'zh-CN', 'zh-TW', 'ja', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** Each language in its own name: a reader looks for the one they can read. */
export const localeNames = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ja: '日本語',
  ru: 'Русский',
} as const satisfies Record<Locale, string>;

export type Dictionary = Record<MessageKey, string>;

/** Exhaustive: adding a locale to `locales` fails to compile until its dictionary exists. */
export const dictionaries = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, ru } satisfies Record<Locale, Dictionary>;

export function isLocale(value: unknown): value is Locale {
  // Widening the tuple to string[] only lets `includes` accept any string.
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Traditional-script Chinese: Taiwan, Hong Kong, Macau, or an explicit Hant script subtag. */
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/;

function supportedLocale(language: string): Locale | undefined {
  const tag = language.trim().toLowerCase();
  if (tag === '') return undefined;
  if (tag.startsWith('zh')) return TRADITIONAL_CHINESE.test(tag) ? 'zh-TW' : 'zh-CN';
  const primary = tag.split('-')[0];
  if (primary === 'en' || primary === 'ja' || primary === 'ru') return primary;
  return undefined;
}

/** The first browser language the console speaks (zh-TW/zh-HK → 繁體中文, other zh → 简体中文); English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const locale = supportedLocale(language);
    if (locale) return locale;
  }
  return 'en';
}
