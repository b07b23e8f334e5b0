/** The most one unbounded repetition (`*`, `+`, `{n,}`) may match: bounds the work of a match. */
export const MAX_REPEAT = 100;
const MAX_BOUNDED = 1000;
const MAX_VARIABLE_QUANTIFIERS = 3;
/** A probe match on a worst-case string may take at most this long when the rule is saved. */
const PROBE_BUDGET_MS = 20;
const PROBE_LENGTH = 20_000;

export type SafeRegex = { ok: true; source: string } | { ok: false; reason: string };

interface Group {
  /** Holds a repetition (a quantifier whose upper bound is above one). */
  repeats: boolean;
  alternates: boolean;
}

interface Quantifier {
  min: number;
  max: number | null;
  length: number;
}

function readQuantifier(pattern: string, at: number): Quantifier | null {
  const char = pattern[at];
  if (char === '*') return { min: 0, max: null, length: 1 };
  if (char === '+') return { min: 1, max: null, length: 1 };
  if (char === '?') return { min: 0, max: 1, length: 1 };
  if (char !== '{') return null;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? null : Number(match[3]);
  return { min, max, length: match[0].length };
}

function groupOpening(pattern: string, at: number): string {
  const match = /^\((\?(:|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>))?/.exec(pattern.slice(at));
  return match ? match[0] : '(';
}

/**
 * Checks an admin's regular expression before it runs on request text, and rewrites it so one
 * match does bounded work: no backreferences, no repetition inside a repeated group, no repeated
 * alternation (the shapes that backtrack exponentially), at most three variable repetitions, and
 * every unbounded repetition capped at {@link MAX_REPEAT}. Returns the source to compile. When
 * saving, `probe` also times it on long worst-case strings (a load skips that: timing on a busy
 * machine must not silently drop a rule that was accepted).
 */
export function checkRegexSafety(pattern: string, options: { probe?: boolean } = {}): SafeRegex {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let out = '';
  let variable = 0;
  let last: { group: Group | null } | null = null;
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i]!;
    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      if (!last) return { ok: false, reason: `nothing to repeat at position ${i}` };
      if (quantifier.max !== null && quantifier.max > MAX_BOUNDED) {
        return { ok: false, reason: `a repetition may go up to ${MAX_BOUNDED}` };
      }
      const repeats = quantifier.max === null || quantifier.max > 1;
      if (repeats && last.group && (last.group.repeats || last.group.alternates)) {
        return { ok: false, reason: 'a repeated group may not hold another repetition or an alternation (|)' };
      }
      if (quantifier.max !== quantifier.min && ++variable > MAX_VARIABLE_QUANTIFIERS) {
        return { ok: false, reason: `at most ${MAX_VARIABLE_QUANTIFIERS} variable repetitions` };
      }
      if (repeats) stack[stack.length - 1]!.repeats = true;
      out +=
        quantifier.max === null
          ? `{${quantifier.min},${Math.max(quantifier.min, MAX_REPEAT)}}`
          : pattern.slice(i, i + quantifier.length);
      i += quantifier.length;
      if (pattern[i] === '?') out += pattern[i++]; // lazy
      last = null;
      continue;
    }
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return { ok: false, reason: 'backreferences are not allowed' };
      out += pattern.slice(i, i + 2);
      i += 2;
      last = { group: null };
    } else if (char === '[') {
      let end = i + 1;
      if (pattern[end] === '^') end++;
      if (pattern[end] === ']') end++;
      while (end < pattern.length && pattern[end] !== ']') end += pattern[end] === '\\' ? 2 : 1;
      if (end >= pattern.length) return { ok: false, reason: 'unclosed character class' };
      out += pattern.slice(i, end + 1);
      i = end + 1;
      last = { group: null };
    } else if (char === '(') {
      const opening = groupOpening(pattern, i);
      stack.push({ repeats: false, alternates: false });
      out += opening;
      i += opening.length;
      last = null;
    } else if (char === ')') {
      if (stack.length === 1) return { ok: false, reason: 'unbalanced parenthesis' };
      const group = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= group.repeats;
      out += char;
      i++;
      last = { group };
    } else {
      if (char === '|') stack[stack.length - 1]!.alternates = true;
      out += char;
      i++;
      last = char === '|' || char === '^' || char === '$' ? null : { group: null };
    }
  }
  if (stack.length !== 1) return { ok: false, reason: 'unbalanced parenthesis' };
  try {
    new RegExp(out, 'iu');
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'not a valid regular expression' };
  }
  return options.probe === false ? { ok: true, source: out } : probe(out);
}

/** Runs the pattern on long strings of the characters it names, and refuses it when that is slow. */
function probe(source: string): SafeRegex {
  const regex = new RegExp(source, 'iu');
  const letters = source.replace(/[^A-Za-z0-9 _-]/g, '');
  const alphabets = [letters || 'a', 'a', '0', ' ', 'a0 -_'];
  for (const alphabet of alphabets) {
    const text = alphabet.repeat(Math.ceil(PROBE_LENGTH / alphabet.length)).slice(0, PROBE_LENGTH);
    const started = performance.now();
    regex.test(`${text}\u0000`);
    if (performance.now() - started > PROBE_BUDGET_MS) {
      return { ok: false, reason: 'too slow on long input: simplify the repetitions' };
    }
  }
  return { ok: true, source };
}
