import { hash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'sk-';
const DISPLAY_PREFIX_LENGTH = 10;

/** `sk-` followed by 48 url-safe characters (36 random bytes, base64url). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(36).toString('base64url');
}

/**
 * sha256 hex of the full key (UTF-8): what the database stores and looks keys up by. Runs on every
 * proxied request: the one-shot `hash` costs a third of a `createHash` object.
 */
export function hashApiKey(key: string): string {
  return hash('sha256', key, 'hex');
}

/** The first characters of a key, safe to display (e.g. "sk-AbCdEfG"). */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}
