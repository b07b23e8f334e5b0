import { describe, expect, it } from 'vitest';
import { formatCompact, formatDateTime, formatMoney, formatNumber, formatPercent, formatRelativeTime } from './format';
import { detectLocale, dictionaries } from './locales';
import { createTranslate } from './translate';

describe('format helpers', () => {
  it('groups numbers per locale', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('zh-CN', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('zh-TW', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('ja', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('ru', 1234567.5)).toBe('1\u00a0234\u00a0567,5');
  });

  it('shortens large counts the way each language does', () => {
    expect(formatCompact('en', 12_300)).toBe('12.3K');
    expect(formatCompact('zh-CN', 12_300)).toBe('1.2万');
    expect(formatCompact('zh-TW', 12_300)).toBe('1.2萬');
    expect(formatCompact('ja', 12_300)).toBe('1.2万');
    expect(formatCompact('ru', 12_300)).toBe('12,3\u00a0тыс.');
  });

  it('formats money in USD with more decimals for tiny per-request costs', () => {
    expect(formatMoney('en', 12.5)).toBe('$12.50');
    expect(formatMoney('en', 0.1234)).toBe('$0.1234');
    expect(formatMoney('en', 0.000123)).toBe('$0.000123');
    expect(formatMoney('zh-CN', 12.5)).toBe('US$12.50');
    expect(formatMoney('zh-TW', 12.5)).toBe('US$12.50');
    expect(formatMoney('ja', 12.5)).toBe('$12.50');
    expect(formatMoney('ru', 12.5)).toBe('12,50\u00a0$');
  });

  it('formats percentages and dates', () => {
    expect(formatPercent('en', 0.1234)).toBe('12.3%');
    const date = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
    expect(formatDateTime('en', date, options)).toBe('Jan 2, 2025');
    expect(formatDateTime('zh-CN', date, options)).toBe('2025年1月2日');
    expect(formatDateTime('zh-TW', date, options)).toBe('2025年1月2日');
    expect(formatDateTime('ja', date, options)).toBe('2025/01/02');
    expect(formatDateTime('ru', date, options)).toBe('2 янв. 2025 г.');
  });

  it('formats relative times', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(formatRelativeTime('en', now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime('zh-CN', now - 3 * 60_000, now)).toBe('3分钟前');
    expect(formatRelativeTime('zh-TW', now - 3 * 60_000, now)).toBe('3 分鐘前');
    expect(formatRelativeTime('ja', now - 3 * 60_000, now)).toBe('3 分前');
    expect(formatRelativeTime('ru', now - 3 * 60_000, now)).toBe('3 минуты назад');
    expect(formatRelativeTime('en', now - 2 * 86_400_000, now)).toBe('2 days ago');
  });
});

describe('detectLocale', () => {
  it('picks the first browser language the console speaks, English otherwise', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-TW');
    expect(detectLocale(['zh-HK'])).toBe('zh-TW');
    expect(detectLocale(['zh-Hant-TW'])).toBe('zh-TW');
    expect(detectLocale(['zh'])).toBe('zh-CN');
    expect(detectLocale(['zh-Hans-SG'])).toBe('zh-CN');
    expect(detectLocale(['en-US', 'zh-CN'])).toBe('en');
    expect(detectLocale(['fr-FR', 'zh-TW'])).toBe('zh-TW');
    expect(detectLocale(['fr-FR', 'zh-TW'])).toBe('zh-TW');
    expect(detectLocale(['ja-JP', 'en'])).toBe('ja');
    expect(detectLocale(['ru-RU'])).toBe('ru');
    expect(detectLocale(['fr-FR'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('createTranslate', () => {
  it('fills placeholders and leaves missing ones visible', () => {
    const t = createTranslate(dictionaries.en);
    expect(t('page.me.greeting', { name: 'alice' })).toBe('Signed in as alice');
    expect(t('page.me.greeting', {})).toBe('Signed in as {name}');
    expect(createTranslate(dictionaries['zh-CN'])('page.me.greeting', { name: 'alice' })).toBe('当前登录：alice');
  });
});
