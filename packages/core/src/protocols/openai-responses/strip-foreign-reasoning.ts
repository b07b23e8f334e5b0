import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';
import { isWrappedEncryptedContent } from './reasoning-codec.js';

function isForeignReasoning(item: unknown): boolean {
  const record = asRecord(item);
  return record?.['type'] === 'reasoning' && isWrappedEncryptedContent(record['encrypted_content']);
}

/**
 * A Responses conversation partly answered by providers of other protocols carries their
 * reasoning tokens as reasoning items whose `encrypted_content` is `cch.`-wrapped; OpenAI cannot
 * decrypt them and would refuse the request. Before such a body goes natively to a Responses
 * provider those items leave the input (OpenAI's own stay). Null when there are none: the body is
 * then sent as it came.
 */
export function stripForeignReasoning(body: JsonBody): Record<string, unknown> | null {
  if (!body.contains('"cch.')) return null;
  const input = body.get('input');
  if (!Array.isArray(input)) return null;
  const kept = input.filter((item) => !isForeignReasoning(item));
  return kept.length === input.length ? null : { input: kept };
}
