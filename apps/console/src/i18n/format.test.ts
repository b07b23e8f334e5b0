import { describe, expect, it } from 'vitest';
import { formatCompact, formatDateTime, formatMoney, formatNumber, formatPercent, formatRelativeTime } from './format';
import { detectLocale, dictionaries } from './locales';
import { createTranslate } from './translate';

describe('format helpers', () => {
  it('groups numbers per locale', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('zh-CN', 1234567.5)).toBe('1,234,567.5');
  });

  it('shortens large counts the way each language does', () => {
    expect(formatCompact('en', 12_300)).toBe('12.3K');
    expect(formatCompact('zh-CN', 12_300)).toBe('1.2万');
  });

  it('formats money in USD with more decimals for tiny per-request costs', () => {
    expect(formatMoney('en', 12.5)).toBe('$12.50');
    expect(formatMoney('en', 0.1234)).toBe('$0.1234');
    expect(formatMoney('en', 0.000123)).toBe('$0.000123');
    expect(formatMoney('zh-CN', 12.5)).toBe('US$12.50');
  });

  it('formats percentages and dates', () => {
    expect(formatPercent('en', 0.1234)).toBe('12.3%');
    const date = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
    expect(formatDateTime('en', date, options)).toBe('Jan 2, 2025');
    expect(formatDateTime('zh-CN', date, options)).toBe('2025年1月2日');
  });

  it('formats relative times', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(formatRelativeTime('en', now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime('zh-CN', now - 3 * 60_000, now)).toBe('3分钟前');
    expect(formatRelativeTime('en', now - 2 * 86_400_000, now)).toBe('2 days ago');
  });
});

describe('detectLocale', () => {
  it('uses Chinese for any zh browser language and English otherwise', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(['zh'])).toBe('zh-CN');
    expect(detectLocale(['en-US', 'zh-CN'])).toBe('en');
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
