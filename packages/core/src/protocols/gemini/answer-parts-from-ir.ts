import type { IrAssistantPart } from '../../ir/ir-content.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import type { WirePartOut } from './media-from-ir.js';

/** A call's arguments as `functionCall.args`; arguments that are not a JSON object go as `{}`. */
export function answerArgs(json: string): Record<string, unknown> {
  return asRecord(parseJsonSafely(json)) ?? {};
}

/**
 * An answer's parts for a Gemini client: thinking as thought parts, text, function calls with
 * their ids. A Gemini signature goes back on its part (a thought) or on the part after it; any
 * other protocol's signature is never written as a `thoughtSignature`.
 */
export function answerPartsFromIr(content: readonly IrAssistantPart[]): WirePartOut[] {
  const parts: WirePartOut[] = [];
  let pending: string | undefined;
  const push = (part: WirePartOut) => {
    parts.push(pending === undefined ? part : { ...part, thoughtSignature: pending });
    pending = undefined;
  };
  for (const part of content) {
    if (part.type === 'thinking') {
      const signature = part.signature?.protocol === 'gemini' ? part.signature.value : undefined;
      if (part.text !== '') {
        parts.push({ text: part.text, thought: true, ...(signature ? { thoughtSignature: signature } : {}) });
      } else if (signature) pending = signature;
    } else if (part.type === 'tool_call') {
      push({ functionCall: { id: part.id, name: part.name, args: answerArgs(part.arguments) } });
    } else if (part.text !== '') push({ text: part.text });
  }
  if (pending !== undefined) parts.push({ text: '', thoughtSignature: pending });
  return parts;
}
