import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'sk-';
const DISPLAY_PREFIX_LENGTH = 10;

/** `sk-` followed by 48 url-safe characters (36 random bytes, base64url). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(36).toString('base64url');
}

/** sha256 hex of the full key: what the database stores and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The first characters of a key, safe to display (e.g. "sk-AbCdEfG"). */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}
