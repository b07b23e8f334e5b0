import { asRecord } from '../../json/as-record.js';
import type { JsonBody } from '../../json/json-body.js';
import { SKIP_SIGNATURE } from './content-from-ir.js';
import { geminiModelTraits } from './model-traits.js';

/** The decision chain's record of `signUnsignedCalls` at work. */
export const SIGNED_CALLS_HIT = { action: 'signed', detail: 'calls answered by other provider types' };

const isCall = (part: unknown): boolean => asRecord(part)?.['functionCall'] !== undefined;
const isSignedCall = (part: unknown): boolean =>
  isCall(part) && typeof asRecord(part)?.['thoughtSignature'] === 'string';

/** A model turn with `SKIP_SIGNATURE` on its first call when none of its calls is signed; null when it needs none. */
function signedTurn(content: unknown): Record<string, unknown> | null {
  const record = asRecord(content);
  const parts = record?.['parts'];
  if (record?.['role'] !== 'model' || !Array.isArray(parts)) return null;
  const first = parts.findIndex(isCall);
  if (first < 0 || parts.some(isSignedCall)) return null;
  const signed = parts.map((part, i) => (i === first ? { ...asRecord(part), thoughtSignature: SKIP_SIGNATURE } : part));
  return { ...record, parts: signed };
}

/**
 * Gemini 3 refuses a function call in the history without a thought signature, and a call that
 * another provider type answered (in a turn conversion served) reaches the client without one —
 * the gateway never hands a Gemini client another protocol's token, `cch.`-wrapped or not. When
 * such a history goes natively to a model that checks signatures, the first call of each turn
 * with no signed call carries `SKIP_SIGNATURE`, as the converter writes it. Null when nothing
 * needs it (another model, no unsigned call): the body then goes as it came.
 */
export function signUnsignedCalls(contents: unknown, model: string | null): unknown[] | null {
  if (model === null || !geminiModelTraits(model).signedCalls || !Array.isArray(contents)) return null;
  let changed = false;
  const out = contents.map((content) => {
    const signed = signedTurn(content);
    if (signed === null) return content;
    changed = true;
    return signed;
  });
  return changed ? out : null;
}

/** `signUnsignedCalls` on a Gemini API body (`contents` at the top). */
export function signUnsignedGeminiCalls(body: JsonBody, model: string | null): Record<string, unknown> | null {
  if (!body.contains('"functionCall"')) return null;
  const contents = signUnsignedCalls(body.get('contents'), model);
  return contents === null ? null : { contents };
}

/** `signUnsignedCalls` on a Code Assist body (`contents` inside `request`). */
export function signUnsignedCodeAssistCalls(body: JsonBody, model: string | null): Record<string, unknown> | null {
  if (!body.contains('"functionCall"')) return null;
  const request = asRecord(body.get('request'));
  const contents = signUnsignedCalls(request?.['contents'], model);
  return contents === null ? null : { request: { ...request, contents } };
}
