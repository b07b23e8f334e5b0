import { describe, expect, it } from 'vitest';
import { en } from './en';
import { dictionaries, locales } from './locales';
import type { Locale } from './locales';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Everything wrong with one translation against the English source: missing, extra, empty, placeholders. */
function dictionaryProblems(source: Record<string, string>, translation: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, english] of Object.entries(source)) {
    const text = translation[key];
    if (text === undefined) problems.push(`missing ${key}`);
    else if (text.trim() === '') problems.push(`empty ${key}`);
    else if (placeholders(text).join() !== placeholders(english).join()) {
      problems.push(
        `placeholders of ${key}: {${placeholders(text).join('}{')}} instead of {${placeholders(english).join('}{')}}`,
      );
    }
  }
  for (const key of Object.keys(translation)) if (!(key in source)) problems.push(`extra ${key}`);
  return problems;
}

/**
 * Strings a translation may leave exactly as in English: names and notations every language writes the
 * same way. Anything else equal to English is an untranslated copy.
 */
const sameAsEnglish: Record<Exclude<Locale, 'en'>, string[]> = {
  'zh-CN': ['app.name'],
  'zh-TW': ['app.name'],
  ja: [
    'app.name',
    'page.availability.series.p50',
    'page.availability.series.p95',
    'page.logs.detail.dropped',
    'page.notifications.form.webhookUrl',
    'page.providers.duration.ms',
    'page.providers.test.ms',
    'page.quotas.closest',
    'page.requestRules.overrides.userId',
    'page.sessions.req.ms',
    'page.users.quota.barLabel',
  ],
  ru: [
    'app.name',
    'page.logs.detail.dropped',
    'page.quotas.closest',
    'page.usageGuide.shell.powershell',
    'page.users.quota.barLabel',
  ],
};

describe('dictionaries', () => {
  it('finds a missing key, an empty string and a lost placeholder', () => {
    const source = { 'a.title': 'Title', 'a.hello': 'Hello {name}', 'a.bye': 'Bye' };
    expect(dictionaryProblems(source, { 'a.title': 'Titel', 'a.hello': 'Hallo', 'a.bye': ' ', 'a.new': 'x' })).toEqual([
      'placeholders of a.hello: {} instead of {name}',
      'empty a.bye',
      'extra a.new',
    ]);
    expect(dictionaryProblems(source, { 'a.title': 'Titel', 'a.hello': 'Hallo {name}' })).toEqual(['missing a.bye']);
  });

  const translations = locales.filter((locale) => locale !== 'en');

  it.each(translations)('%s has every English key, none empty, with the same {placeholders}', (locale) => {
    expect(dictionaryProblems(en, dictionaries[locale])).toEqual([]);
  });

  it.each(translations)('%s is actually translated (not a copy of English)', (locale) => {
    const dictionary: Record<string, string> = dictionaries[locale];
    const same = Object.keys(en).filter((key) => en[key as keyof typeof en] === dictionary[key]);
    expect(same.sort()).toEqual([...sameAsEnglish[locale]].sort());
  });
});
