import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonBody, scanTopLevelFields } from './json-body.js';

const body = (text: string) => Buffer.from(text);
const claudeCode = readFileSync(new URL('../protocols/anthropic/fixtures/claude-code-request.json', import.meta.url));

describe('scanTopLevelFields', () => {
  it('finds every top-level field of a real request without parsing it', () => {
    const spans = scanTopLevelFields(claudeCode);
    const parsed = JSON.parse(claudeCode.toString()) as Record<string, unknown>;
    expect([...(spans?.keys() ?? [])]).toEqual(Object.keys(parsed));
    for (const [key, [start, end]] of spans ?? []) {
      expect(JSON.parse(claudeCode.toString('utf8', start, end))).toEqual(parsed[key]);
    }
  });

  it('handles whitespace, escapes, nesting and every value kind', () => {
    const text = ' { "a" : "x\\"}" , "b":[1,{"c":"]"}], "n": -1.5e3,"t":true,"z":null , "e":{} } ';
    const spans = scanTopLevelFields(body(text));
    expect([...(spans?.keys() ?? [])]).toEqual(['a', 'b', 'n', 't', 'z', 'e']);
    expect(readJsonBody(body(text))?.get('b')).toEqual([1, { c: ']' }]);
    expect(readJsonBody(body(text))?.get('n')).toBe(-1500);
  });

  it('refuses what is not one well-formed JSON object', () => {
    for (const text of [
      '',
      '[]',
      '"x"',
      '{',
      '{"a":1',
      '{"a":[1,2}',
      '{"a" 1}',
      '{"a":1}{',
      '{"a":"x}',
      'null',
      '{a:1}',
    ]) {
      expect(scanTopLevelFields(body(text)), text).toBeNull();
    }
    expect(scanTopLevelFields(body('{}'))?.size).toBe(0);
  });
});

describe('readJsonBody', () => {
  it('parses only the fields read, and the whole document on demand', () => {
    const json = readJsonBody(claudeCode);
    expect(json?.get('model')).toBe('claude-opus-4-8');
    expect(json?.get('stream')).toBe(true);
    expect(json?.get('absent')).toBeUndefined();
    expect(json?.json()['max_tokens']).toBe(64000);
  });

  it('reads an object-valued field as a body of its own', () => {
    const json = readJsonBody(body('{"request":{"session_id":"s1","contents":[{"role":"user"}]},"model":"m"}'));
    expect(json?.field('request')?.get('session_id')).toBe('s1');
    expect(json?.field('request')?.firstElementBytes('contents')?.toString()).toBe('{"role":"user"}');
    expect(json?.field('model')).toBeNull();
    expect(json?.field('absent')).toBeNull();
  });

  it('gives the raw bytes of a conversation’s first message', () => {
    const json = readJsonBody(body('{"messages": [ {"role":"user","content":"hi, [there]"} , {"role":"assistant"}]}'));
    expect(json?.firstElementBytes('messages')?.toString()).toBe('{"role":"user","content":"hi, [there]"}');
    expect(readJsonBody(body('{"messages":[]}'))?.firstElementBytes('messages')).toBeNull();
  });

  it('splices changed and added fields into the bytes, leaving the rest as received', () => {
    const raw = body('{"model": "a",  "stream":true,"x":{"k": [1, 2]}}');
    const out = readJsonBody(raw)!.withFields({ model: 'b"c', stream_options: { include_usage: true } });
    expect(out.toString()).toBe(
      '{"model": "b\\"c",  "stream":true,"x":{"k": [1, 2]},"stream_options":{"include_usage":true}}',
    );
    expect(readJsonBody(body('{}'))!.withFields({ a: 1 }).toString()).toBe('{"a":1}');
    const big = readJsonBody(claudeCode)!.withFields({ model: 'claude-sonnet-4-6' });
    expect(JSON.parse(big.toString())).toEqual({ ...JSON.parse(claudeCode.toString()), model: 'claude-sonnet-4-6' });
  });
});
