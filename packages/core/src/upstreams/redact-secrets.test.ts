import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  const key = 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123';
  it('removes the key, masked echoes of it and key-looking tokens', () => {
    expect(redactSecrets(`bad key ${key} here`, key)).not.toContain('abcdefghij');
    expect(redactSecrets('Incorrect API key provided: sk-ant-***************0123.', key)).not.toContain('0123');
    expect(redactSecrets('see https://x/v1beta/models?key=AIzaSyD-secret-stuff ok')).toBe(
      'see https://x/v1beta/models?key=[redacted] ok',
    );
    expect(redactSecrets('header Bearer abc.def-ghi used')).toBe('header Bearer [redacted] used');
  });
  it('leaves ordinary text alone', () => {
    expect(redactSecrets('prompt is too long: 210000 tokens > 200000 maximum', key)).toBe(
      'prompt is too long: 210000 tokens > 200000 maximum',
    );
  });
});
