import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeyPrefix, generateApiKey, hashApiKey } from './api-key.js';

describe('generateApiKey', () => {
  it('is sk- followed by 48 url-safe characters', () => {
    expect(generateApiKey()).toMatch(/^sk-[A-Za-z0-9_-]{48}$/);
  });

  it('does not repeat', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey()));
    expect(keys.size).toBe(200);
  });
});

describe('hashApiKey', () => {
  it('is the sha256 hex digest of the key', () => {
    const key = 'sk-test';
    expect(hashApiKey(key)).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the UTF-8 bytes of any text a client presents, as keys stored before did', () => {
    for (const key of ['sk-ключ-密钥', 'sk-\u{1F511}', 'sk-\u00e9']) {
      expect(hashApiKey(key)).toBe(createHash('sha256').update(key, 'utf8').digest('hex'));
    }
  });

  it('differs between keys', () => {
    expect(hashApiKey(generateApiKey())).not.toBe(hashApiKey(generateApiKey()));
  });
});

describe('apiKeyPrefix', () => {
  it('keeps the first 10 characters', () => {
    expect(apiKeyPrefix('sk-AbCdEfGhIjKl')).toBe('sk-AbCdEfG');
    expect(apiKeyPrefix(generateApiKey())).toHaveLength(10);
  });
});
