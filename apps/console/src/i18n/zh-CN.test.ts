import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { MessageKey } from './en';
import { dictionaries, locales } from './locales';
import { zhCN } from './zh-CN';

// Type-level: this line stops compiling (tsc) if zh-CN misses or misspells a key.
const typed: Record<MessageKey, string> = zhCN;

// `en` is a literal object, so its own keys are exactly MessageKey.
const messageKeys = Object.keys(en) as MessageKey[];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const keys = Object.keys(en).sort();

  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(keys);
  });

  it.each(locales)('%s has no empty value', (locale) => {
    const empty = Object.entries(dictionaries[locale]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('zh-CN keeps every {placeholder} of the English text', () => {
    const mismatched = messageKeys.filter(
      (key) => placeholders(en[key]).join() !== placeholders(typed[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('zh-CN is actually translated (not a copy of English)', () => {
    // Product names and the language names are the same in both; most strings must differ.
    const same = messageKeys.filter((key) => en[key] === typed[key]);
    expect(same.sort()).toEqual(['app.name', 'language.en', 'language.zh-CN']);
  });
});
