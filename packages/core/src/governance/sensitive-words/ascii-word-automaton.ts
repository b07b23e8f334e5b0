const ALPHABET = 128;
/** Above this many states the table would take too much memory; the caller searches word by word. */
export const MAX_AUTOMATON_STATES = 20_000;

/** Lowercase ASCII letter of a code unit (A–Z → a–z), others as they are. */
function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/**
 * Aho–Corasick over lowercase ASCII words as a full transition table: one array read per input
 * character, whatever the number of words. Finds which word occurs first in a text (or in the
 * raw bytes of a body), case-insensitively. Non-ASCII characters cannot be part of a match.
 */
export class AsciiWordAutomaton {
  private readonly table: Int32Array;
  /** For each state, the index of a word that ends there (or at a suffix of it); -1 for none. */
  private readonly output: Int32Array;

  private constructor(table: Int32Array, output: Int32Array) {
    this.table = table;
    this.output = output;
  }

  /** Null when the words need more states than {@link MAX_AUTOMATON_STATES}. */
  static build(words: readonly string[]): AsciiWordAutomaton | null {
    const trie: number[][] = [[]];
    const ends: number[] = [-1];
    words.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const code = lower(word.charCodeAt(i));
        let next = trie[state]![code];
        if (next === undefined) {
          next = trie.length;
          trie.push([]);
          ends.push(-1);
          trie[state]![code] = next;
        }
        state = next;
      }
      if (ends[state] === -1) ends[state] = index;
    });
    if (trie.length > MAX_AUTOMATON_STATES) return null;
    const table = new Int32Array(trie.length * ALPHABET);
    const output = Int32Array.from(ends);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const next = trie[0]![code];
      if (next !== undefined) {
        table[code] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      if (output[state] === -1) output[state] = output[fail[state]!]!;
      for (let code = 0; code < ALPHABET; code++) {
        const next = trie[state]![code];
        const fallback = table[fail[state]! * ALPHABET + code]!;
        if (next === undefined) {
          table[state * ALPHABET + code] = fallback;
        } else {
          table[state * ALPHABET + code] = next;
          fail[next] = fallback;
          queue.push(next);
        }
      }
    }
    return new AsciiWordAutomaton(table, output);
  }

  /** Index of the first word found in the text, or -1. */
  findIn(text: string): number {
    const { table, output } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? table[state * ALPHABET + lower(code)]! : 0;
      if (output[state] !== -1) return output[state]!;
    }
    return -1;
  }

  /** Index of the first word found in raw bytes (a UTF-8 body: multi-byte characters never match), or -1. */
  findInBytes(bytes: Uint8Array): number {
    const { table, output } = this;
    let state = 0;
    for (let i = 0; i < bytes.length; i++) {
      const code = bytes[i]!;
      state = code < ALPHABET ? table[state * ALPHABET + lower(code)]! : 0;
      if (output[state] !== -1) return output[state]!;
    }
    return -1;
  }
}
