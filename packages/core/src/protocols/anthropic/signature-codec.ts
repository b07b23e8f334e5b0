import { PROTOCOL_IDS } from '../../domain/protocol.js';
import type { IrSignature } from '../../ir/ir-content.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';

/**
 * A thinking block's `signature` (or a `redacted_thinking` block's `data`) carries any provider's
 * reasoning token through a Claude client and back: Anthropic's own signatures as they are,
 * another protocol's (a Responses `encrypted_content` with its item id, a Gemini
 * `thoughtSignature`) wrapped as `cch.<protocol>.<base64url JSON>`. Anthropic signatures are
 * standard base64 and never contain a dot, so the two cannot be confused. On the next turn the
 * wrapped value goes back to its own kind of provider only; an Anthropic provider never sees it.
 */
const PREFIX = 'cch.';

/** Whether a signature is another protocol's reasoning token, wrapped (never Anthropic's own). */
export function isWrappedSignature(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encodeSignature(signature: IrSignature): string {
  if (signature.protocol === 'anthropic') return signature.value;
  const payload = JSON.stringify(
    signature.itemId ? { v: signature.value, i: signature.itemId } : { v: signature.value },
  );
  return `${PREFIX}${signature.protocol}.${Buffer.from(payload).toString('base64url')}`;
}

/** The signature a client sent back; an empty one is none, a damaged wrapper is none too. */
export function decodeSignature(value: string): IrSignature | undefined {
  if (value === '') return undefined;
  if (!value.startsWith(PREFIX)) return { protocol: 'anthropic', value };
  const dot = value.indexOf('.', PREFIX.length);
  const protocol = PROTOCOL_IDS.find((id) => id === value.slice(PREFIX.length, dot));
  if (dot < 0 || !protocol) return undefined;
  const payload = asRecord(parseJsonSafely(Buffer.from(value.slice(dot + 1), 'base64url').toString()));
  const inner = payload?.['v'];
  if (typeof inner !== 'string') return undefined;
  const itemId = payload?.['i'];
  return typeof itemId === 'string' ? { protocol, value: inner, itemId } : { protocol, value: inner };
}
