import { describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from './secret-box.js';

describe('createSecretBox', () => {
  const box = createSecretBox('correct horse battery staple');

  it('round-trips a secret, including non-ASCII text', () => {
    for (const secret of ['sk-ant-api03-abc', '', 'ключ 🔑']) {
      expect(box.decrypt(box.encrypt(secret))).toBe(secret);
    }
  });

  it('produces a versioned value that never contains the plaintext', () => {
    const sealed = box.encrypt('sk-plaintext-secret');
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$/);
    expect(sealed).not.toContain('sk-plaintext-secret');
  });

  it('uses a fresh IV for every encryption', () => {
    expect(box.encrypt('same')).not.toBe(box.encrypt('same'));
  });

  it('derives the same key from the same encryption key', () => {
    expect(createSecretBox('correct horse battery staple').decrypt(box.encrypt('x'))).toBe('x');
  });

  it('rejects a value sealed with another key', () => {
    const other = createSecretBox('another key');
    expect(() => other.decrypt(box.encrypt('secret'))).toThrow(SecretBoxError);
  });

  it('rejects a tampered ciphertext', () => {
    const [version, iv, tag, ciphertext = ''] = box.encrypt('secret value').split(':');
    const flipped = Buffer.from(ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.decrypt([version, iv, tag, flipped.toString('base64')].join(':'))).toThrow(
      /wrong encryption key or corrupted/,
    );
  });

  it('rejects unknown formats and versions', () => {
    expect(() => box.decrypt('plaintext')).toThrow(SecretBoxError);
    expect(() => box.decrypt(box.encrypt('x').replace(/^v1/, 'v9'))).toThrow(/Unrecognised/);
  });

  it('refuses an empty encryption key', () => {
    expect(() => createSecretBox('')).toThrow(SecretBoxError);
  });
});
