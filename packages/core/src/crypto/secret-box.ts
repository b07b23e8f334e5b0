import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/** Seals short secrets (provider API keys) for storage at rest. */
export interface SecretBox {
  /** Returns `v1:<iv b64>:<tag b64>:<ciphertext b64>`; a fresh IV every call. */
  encrypt(plaintext: string): string;
  /** Throws {@link SecretBoxError} on a wrong key, a tampered value or an unknown format. */
  decrypt(sealed: string): string;
}

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A fixed, versioned salt: the key is derived once per process, not per value, so a per-value
// salt would cost one scrypt run per decrypt. The IV already makes every ciphertext unique.
const KDF_SALT = 'cch/secret-box/v1';
const KDF_PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;

/** Derives an AES-256 key from `encryptionKey` with scrypt (slow on purpose: it may be a passphrase). */
export function createSecretBox(encryptionKey: string): SecretBox {
  if (encryptionKey.length === 0) {
    throw new SecretBoxError('The encryption key must not be empty.');
  }
  const key = scryptSync(encryptionKey, KDF_SALT, 32, KDF_PARAMS);
  return {
    encrypt: (plaintext) => encryptWithKey(key, plaintext),
    decrypt: (sealed) => decryptWithKey(key, sealed),
  };
}

function encryptWithKey(key: Buffer, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
}

function decryptWithKey(key: Buffer, sealed: string): string {
  const parts = sealed.split(':');
  const [version, ivB64, tagB64, ciphertextB64] = parts;
  if (
    parts.length !== 4 ||
    version !== VERSION ||
    ivB64 === undefined ||
    tagB64 === undefined ||
    ciphertextB64 === undefined
  ) {
    throw new SecretBoxError(`Unrecognised sealed value (expected "${VERSION}:<iv>:<tag>:<ciphertext>").`);
  }
  const iv = Buffer.from(ivB64, 'base64');
  const tag = Buffer.from(tagB64, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretBoxError('Sealed value has a malformed IV or authentication tag.');
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertextB64, 'base64')), decipher.final()]);
    return plaintext.toString('utf8');
  } catch {
    throw new SecretBoxError('Cannot decrypt: wrong encryption key or corrupted value.');
  }
}
