import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a price sync reads LiteLLM's price file from. */
export type PriceSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export const PRICE_SOURCE_EXPECTED = 'expected an http(s) URL, a file:// URL or an absolute path';

/**
 * PRICE_SYNC_URL, or the `file` of an admin's sync request: an http(s) URL, a `file://` URL or an
 * absolute path on the gateway host (a relative path would depend on the working directory).
 * Null for anything else.
 */
export function parsePriceSource(value: string): PriceSource | null {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return URL.canParse(text) ? { kind: 'url', url: text } : null;
  if (/^file:/i.test(text)) {
    try {
      return { kind: 'file', path: fileURLToPath(text) };
    } catch {
      return null;
    }
  }
  return isAbsolute(text) ? { kind: 'file', path: text } : null;
}
