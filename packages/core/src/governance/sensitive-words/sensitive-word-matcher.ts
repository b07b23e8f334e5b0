import { AsciiWordAutomaton } from './ascii-word-automaton.js';
import { checkRegexSafety } from './regex-safety.js';
import type { SensitiveWordRule } from './sensitive-word.js';

export interface SensitiveMatch {
  ruleId: string;
  kind: 'word' | 'regex';
  /** The text that matched (a word as configured). */
  matched: string;
}

export interface SensitiveWordMatcher {
  /** Whether any rule could apply to this user group (else the text need not be read at all). */
  appliesTo(group: string): boolean;
  /**
   * False when the raw JSON of the text fields cannot hold a match, so they need not be parsed:
   * only ASCII words in scope, none of them in the raw bytes (and no `\u` escape to spell one).
   */
  mightMatch(raw: readonly Uint8Array[], group: string): boolean;
  /** The first rule (global first, then the group's) that matches the text, or null. */
  find(texts: readonly string[], group: string): SensitiveMatch | null;
}

interface Word {
  ruleId: string;
  word: string;
}

interface CompiledSet {
  /** ASCII words, searched all at once. */
  automaton: AsciiWordAutomaton | null;
  asciiWords: Word[];
  /** Other words, searched one by one in the lowercased text. */
  otherWords: (Word & { needle: string })[];
  regexes: { ruleId: string; regex: RegExp }[];
  /** Whether a match could hide in the raw body behind a JSON escape (or a non-ASCII spelling). */
  needsText: boolean;
}

/** Printable ASCII that JSON writes as it is: such a word appears in the raw bytes verbatim. */
const VERBATIM_IN_JSON = /^[\x20-\x7e]+$/;
const ESCAPABLE = /["\\/]/;
const ESCAPE = Buffer.from('\\u');

function compileSet(rules: readonly SensitiveWordRule[], onSkipped: (rule: SensitiveWordRule, why: string) => void) {
  const asciiWords: Word[] = [];
  const otherWords: CompiledSet['otherWords'] = [];
  const regexes: CompiledSet['regexes'] = [];
  for (const rule of rules) {
    if (rule.kind === 'regex') {
      const safe = checkRegexSafety(rule.pattern, { probe: false });
      if (safe.ok) regexes.push({ ruleId: rule.id, regex: new RegExp(safe.source, 'iu') });
      else onSkipped(rule, safe.reason);
    } else if (VERBATIM_IN_JSON.test(rule.pattern) && !ESCAPABLE.test(rule.pattern)) {
      asciiWords.push({ ruleId: rule.id, word: rule.pattern });
    } else {
      otherWords.push({ ruleId: rule.id, word: rule.pattern, needle: rule.pattern.toLowerCase() });
    }
  }
  let automaton = asciiWords.length > 0 ? AsciiWordAutomaton.build(asciiWords.map((w) => w.word)) : null;
  if (asciiWords.length > 0 && !automaton) {
    otherWords.push(...asciiWords.map((w) => ({ ...w, needle: w.word.toLowerCase() })));
    asciiWords.length = 0;
    automaton = null;
  }
  const needsText = regexes.length > 0 || otherWords.length > 0;
  return { automaton, asciiWords, otherWords, regexes, needsText } satisfies CompiledSet;
}

function isEmpty(set: CompiledSet): boolean {
  return set.asciiWords.length === 0 && set.otherWords.length === 0 && set.regexes.length === 0;
}

function findIn(set: CompiledSet, texts: readonly string[], lowered: () => string): SensitiveMatch | null {
  if (set.automaton) {
    for (const text of texts) {
      const index = set.automaton.findIn(text);
      if (index >= 0)
        return { ruleId: set.asciiWords[index]!.ruleId, kind: 'word', matched: set.asciiWords[index]!.word };
    }
  }
  for (const { ruleId, needle, word } of set.otherWords) {
    if (lowered().includes(needle)) return { ruleId, kind: 'word', matched: word };
  }
  for (const { ruleId, regex } of set.regexes) {
    // one text at a time: a match never spans two messages, and each run is bounded by its text
    for (const text of texts) {
      const match = regex.exec(text);
      if (match) return { ruleId, kind: 'regex', matched: match[0] };
    }
  }
  return null;
}

/**
 * Compiles the enabled rules once per config load. Words match case-insensitively anywhere in
 * the text (ASCII words all in one pass); regexes are re-checked for safety (a stored rule that
 * fails a stricter check is skipped and reported, never run).
 */
export function compileSensitiveWords(
  rules: readonly SensitiveWordRule[],
  onSkipped: (rule: SensitiveWordRule, reason: string) => void = () => undefined,
): SensitiveWordMatcher {
  const enabled = rules.filter((rule) => rule.enabled);
  const global = compileSet(
    enabled.filter((rule) => rule.scopeGroup === null),
    onSkipped,
  );
  const byGroup = new Map<string, CompiledSet>();
  for (const group of new Set(enabled.flatMap((rule) => (rule.scopeGroup === null ? [] : [rule.scopeGroup])))) {
    byGroup.set(
      group,
      compileSet(
        enabled.filter((rule) => rule.scopeGroup === group),
        onSkipped,
      ),
    );
  }
  const setsFor = (group: string) => {
    const scoped = byGroup.get(group);
    return [global, ...(scoped ? [scoped] : [])].filter((set) => !isEmpty(set));
  };
  return {
    appliesTo: (group) => setsFor(group).length > 0,
    mightMatch(raw, group) {
      const sets = setsFor(group);
      const escaped = raw.some((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ESCAPE));
      if (escaped || sets.some((set) => set.needsText)) return sets.length > 0;
      return sets.some(({ automaton }) => automaton !== null && raw.some((bytes) => automaton.findInBytes(bytes) >= 0));
    },
    find(texts, group) {
      let lower: string | undefined;
      const lowered = () => {
        lower ??= texts.join('\n').toLowerCase();
        return lower;
      };
      for (const set of setsFor(group)) {
        const match = findIn(set, texts, lowered);
        if (match) return match;
      }
      return null;
    },
  };
}
