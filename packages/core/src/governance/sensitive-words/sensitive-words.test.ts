import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../json/json-body.js';
import { extractRequestText } from './extract-text.js';
import { checkRegexSafety, MAX_REPEAT } from './regex-safety.js';
import type { SensitiveWordRule } from './sensitive-word.js';
import { compileSensitiveWords } from './sensitive-word-matcher.js';

function word(id: string, pattern: string, fields: Partial<SensitiveWordRule> = {}): SensitiveWordRule {
  const at = new Date(0);
  return {
    id,
    pattern,
    kind: 'word',
    scopeGroup: null,
    enabled: true,
    note: '',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

describe('checkRegexSafety', () => {
  it.each([
    ['(a+)+$', 'repeated group'],
    ['(a|aa)*b', 'alternation'],
    ['(\\w+\\s?)*x', 'repeated group'],
    ['(x)\\1', 'backreferences'],
    ['a{1,5000}', 'up to'],
    ['a*b*c*d*', 'variable repetitions'],
    ['(abc', 'unbalanced'],
  ])('refuses %s', (pattern, reason) => {
    const result = checkRegexSafety(pattern);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('accepts ordinary patterns and caps unbounded repetition', () => {
    const result = checkRegexSafety('secret\\s*project\\s+(?:alpha|beta)');
    expect(result).toEqual({ ok: true, source: `secret\\s{0,${MAX_REPEAT}}project\\s{1,${MAX_REPEAT}}(?:alpha|beta)` });
    expect(checkRegexSafety('\\d{3}-\\d{2}-\\d{4}').ok).toBe(true);
  });
});

describe('extractRequestText', () => {
  it('reads system, messages and tool results but not tool schemas, ids or thinking', () => {
    const body = readJsonBody(
      Buffer.from(
        JSON.stringify({
          system: [{ type: 'text', text: 'SYSTEM' }],
          tools: [{ name: 'TOOLNAME', description: 'TOOLDESC', input_schema: { type: 'object' } }],
          messages: [
            { role: 'user', content: 'PLAIN' },
            {
              role: 'assistant',
              content: [
                { type: 'thinking', thinking: 'THOUGHT', signature: 'SIG' },
                { type: 'tool_use', id: 'toolu_ID', name: 'x', input: { q: 'CALLARG' } },
              ],
            },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_ID', content: 'RESULT' }] },
          ],
        }),
      ),
    )!;
    expect(extractRequestText(body, 'anthropic')).toEqual(['SYSTEM', 'PLAIN', 'RESULT']);
  });

  it('reads Gemini parts and Responses input', () => {
    const gemini = readJsonBody(Buffer.from('{"contents":[{"role":"user","parts":[{"text":"HI"}]}]}'))!;
    expect(extractRequestText(gemini, 'gemini')).toEqual(['HI']);
    const responses = readJsonBody(Buffer.from('{"instructions":"INS","input":"IN"}'))!;
    expect(extractRequestText(responses, 'openai-responses')).toEqual(['INS', 'IN']);
  });
});

describe('compileSensitiveWords', () => {
  it('matches words case-insensitively, regexes, and group rules for their group only', () => {
    const matcher = compileSensitiveWords([
      word('w1', 'Project Falcon'),
      word('r1', 'card\\s*\\d{4}', { kind: 'regex' }),
      word('g1', 'internal', { scopeGroup: 'contractors' }),
    ]);
    expect(matcher.find(['tell me about PROJECT FALCON'], 'default')).toEqual({
      ruleId: 'w1',
      kind: 'word',
      matched: 'Project Falcon',
    });
    expect(matcher.find(['my card 1234'], 'default')).toEqual({ ruleId: 'r1', kind: 'regex', matched: 'card 1234' });
    expect(matcher.find(['internal memo'], 'default')).toBeNull();
    expect(matcher.find(['internal memo'], 'contractors')).toEqual({
      ruleId: 'g1',
      kind: 'word',
      matched: 'internal',
    });
    expect(matcher.appliesTo('anyone')).toBe(true);
  });

  it('rules a match out from the raw bytes only when no escape could hide one', () => {
    const matcher = compileSensitiveWords([word('w1', 'falcon')]);
    expect(matcher.mightMatch([Buffer.from('{"messages":"hello"}')], 'default')).toBe(false);
    expect(matcher.mightMatch([Buffer.from('{"messages":"FALCON"}')], 'default')).toBe(true);
    expect(matcher.mightMatch([Buffer.from('{"messages":"\\u0066alcon"}')], 'default')).toBe(true);
    const withRegex = compileSensitiveWords([word('r1', 'x\\d', { kind: 'regex' })]);
    expect(withRegex.mightMatch([Buffer.from('{}')], 'default')).toBe(true);
  });

  it('skips disabled rules and unsafe stored regexes', () => {
    const skipped: string[] = [];
    const matcher = compileSensitiveWords(
      [word('off', 'x', { enabled: false }), word('bad', '(a+)+', { kind: 'regex' })],
      (rule) => skipped.push(rule.id),
    );
    expect(skipped).toEqual(['bad']);
    expect(matcher.appliesTo('default')).toBe(false);
  });
});
