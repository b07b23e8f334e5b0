import { describe, expect, it } from 'vitest';
import { AsciiWordAutomaton } from './ascii-word-automaton.js';

describe('AsciiWordAutomaton', () => {
  const automaton = AsciiWordAutomaton.build(['he', 'she', 'hers', 'project falcon'])!;

  it('finds the first word that ends in the text, case-insensitively', () => {
    expect(automaton.findIn('USHERS')).toBe(1); // "she" ends before "he" and "hers"
    expect(automaton.findIn('about Project FALCON today')).toBe(3);
    expect(automaton.findIn('nothing to see')).toBe(-1);
  });

  it('reads raw bytes the same way, and never matches across a non-ASCII character', () => {
    expect(automaton.findInBytes(Buffer.from('{"x":"a project falcon"}'))).toBe(3);
    expect(automaton.findInBytes(Buffer.from('project fälcon'))).toBe(-1);
  });
});
