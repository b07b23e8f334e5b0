import { describe, expect, it } from 'vitest';
import { cleanJsonText } from './sanitize-request-log.js';

describe('cleanJsonText', () => {
  it('is plain JSON for a value with nothing to clean, non-BMP characters included', () => {
    const chain = { attempts: [{ provider: 'p-1', model: 'claude-😀-中文', status: 200 }], rounds: [] };
    expect(cleanJsonText(chain)).toBe(JSON.stringify(chain));
    expect(cleanJsonText(undefined)).toBe('null');
  });

  it('replaces NUL and lone surrogates in values and keys', () => {
    const text = cleanJsonText({ 'k\u0000': ['a\u0000b', 'x\uD800y', '\uDC00'], n: 1 });
    expect(text).not.toMatch(/\\u0000|\\ud[89a-f]/i);
    expect(JSON.parse(text)).toEqual({ 'k\uFFFD': ['a\uFFFDb', 'x\uFFFDy', '\uFFFD'], n: 1 });
  });

  it('keeps a literal backslash-u text as it was', () => {
    const value = { message: 'path C:\\u0000\\ud800' };
    expect(JSON.parse(cleanJsonText(value))).toEqual(value);
  });
});
