import { PROTOCOL_IDS } from '../../domain/protocol.js';
import type { IrSignature, IrThinking } from '../../ir/ir-content.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';

/**
 * A reasoning item's `encrypted_content` carries any provider's reasoning token through a
 * Responses client and back: OpenAI's own as it is, another protocol's (an Anthropic thinking
 * signature, a Gemini `thoughtSignature`) wrapped as `cch.<protocol>.<base64url JSON>`, with a flag
 * for Claude's redacted thinking. OpenAI's encrypted content is Fernet-style base64 and never
 * starts with `cch.`. On the next turn each goes back to its own kind of provider only.
 */
const PREFIX = 'cch.';

/** Whether `encrypted_content` is another protocol's reasoning token, wrapped (never OpenAI's own). */
export function isWrappedEncryptedContent(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encryptedContentFromIr(thinking: IrThinking): string | undefined {
  const signature = thinking.signature;
  if (!signature) return undefined;
  if (signature.protocol === 'openai-responses') return signature.value;
  const payload = JSON.stringify({ v: signature.value, ...(thinking.redacted ? { r: 1 } : {}) });
  return `${PREFIX}${signature.protocol}.${Buffer.from(payload).toString('base64url')}`;
}

/** The signature a client sent back in `encrypted_content`; a damaged wrapper is none. */
export function encryptedContentToIr(
  value: string | null | undefined,
  itemId: string | null | undefined,
): { signature?: IrSignature; redacted?: true } {
  if (!value) return {};
  if (!value.startsWith(PREFIX))
    return { signature: { protocol: 'openai-responses', value, ...(itemId ? { itemId } : {}) } };
  const dot = value.indexOf('.', PREFIX.length);
  const protocol = PROTOCOL_IDS.find((id) => id === value.slice(PREFIX.length, dot));
  if (dot < 0 || !protocol) return {};
  const payload = asRecord(parseJsonSafely(Buffer.from(value.slice(dot + 1), 'base64url').toString()));
  const inner = payload?.['v'];
  if (typeof inner !== 'string') return {};
  return { signature: { protocol, value: inner }, ...(payload?.['r'] === 1 ? { redacted: true } : {}) };
}
