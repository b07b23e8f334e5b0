import type { IrAssistantPart } from '../../ir/ir-content.js';
import type { WirePart } from './wire-request.js';

/** Gives a function call its IR id (its own, or a generated stable one). */
export type CallNamer = (name: string, args: string, id: string | undefined) => string;

/**
 * A model part → IR parts. A thought is thinking; a `thoughtSignature` on any other part (Gemini
 * puts it on the first part after its reasoning, often a function call) rides on an empty
 * thinking part placed just before it, so it goes back to a Gemini provider on the part it came
 * with. Empty text without a signature carries nothing. Returns null for a part that is none of
 * thought, text or function call.
 */
export function modelPartToIr(part: WirePart, nameCall: CallNamer): IrAssistantPart[] | null {
  const signature = part.thoughtSignature
    ? { signature: { protocol: 'gemini' as const, value: part.thoughtSignature } }
    : {};
  if (part.thought) return [{ type: 'thinking', text: part.text ?? '', ...signature }];
  const carried: IrAssistantPart[] = part.thoughtSignature ? [{ type: 'thinking', text: '', ...signature }] : [];
  if (part.functionCall) {
    const { name, args, id } = part.functionCall;
    const json = JSON.stringify(args ?? {});
    return [...carried, { type: 'tool_call', id: nameCall(name, json, id), name, arguments: json }];
  }
  if (part.text !== undefined) return part.text === '' ? carried : [...carried, { type: 'text', text: part.text }];
  return part.thoughtSignature ? carried : null;
}
