import { InvalidIrRequestError } from '../../ir/errors.js';
import type { IrAssistantPart, IrMessage, IrText, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import { documentFromIr, imageFromIr, type WirePartOut } from './media-from-ir.js';

export interface WireContentOut {
  role: 'user' | 'model';
  parts: WirePartOut[];
}

/**
 * Gemini 3 refuses a function call in the history without a thought signature; a call that another
 * provider made has none, so it carries the validator-skip value Google documents for such
 * histories. Never another protocol's signature.
 */
export const SKIP_SIGNATURE = 'skip_thought_signature_validator';

/** A tool call's JSON arguments as the object `functionCall.args` must be; empty arguments are `{}`. */
function argsFromIr(callId: string, json: string): Record<string, unknown> {
  if (json.trim() === '') return {};
  const args = asRecord(parseJsonSafely(json));
  if (!args) throw new InvalidIrRequestError(`The arguments of tool call ${callId} are not a JSON object.`);
  return args;
}

/**
 * A tool result as a `functionResponse` (`{output}` or `{error}` as the Gemini CLI writes them,
 * with the call's id and name), its images as parts after it.
 */
function resultFromIr(result: IrToolResult, names: ReadonlyMap<string, string>): WirePartOut[] {
  const name = result.name ?? names.get(result.callId);
  if (!name) throw new InvalidIrRequestError(`The tool result for ${result.callId} answers no known function call.`);
  const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
  const response = result.isError ? { error: text } : { output: text };
  const images = result.content.flatMap((part) => (part.type === 'image' ? [imageFromIr(part)] : []));
  return [{ functionResponse: { id: result.callId, name, response } }, ...images];
}

function userPartsFromIr(parts: readonly IrUserPart[], names: ReadonlyMap<string, string>): WirePartOut[] {
  const results = parts.flatMap((part) => (part.type === 'tool_result' ? resultFromIr(part, names) : []));
  const rest = parts.flatMap((part): WirePartOut[] => {
    if (part.type === 'text') return part.text === '' ? [] : [{ text: part.text }];
    if (part.type === 'image') return [imageFromIr(part)];
    if (part.type === 'document') return [documentFromIr(part)];
    return [];
  });
  return [...results, ...rest];
}

/**
 * The assistant's parts. Thinking goes back only with a Gemini signature: with its text as a thought
 * part, or (no text: the signature Gemini put on the next part) on the part that follows it.
 * Thinking of another provider is left out: Gemini cannot verify it, and it is the earlier
 * reasoning, not the conversation. With `skipSignatures`, the first function call of a turn
 * without a signature gets `SKIP_SIGNATURE`.
 */
function modelPartsFromIr(parts: readonly IrAssistantPart[], skipSignatures: boolean): WirePartOut[] {
  const out: WirePartOut[] = [];
  let pending: string | undefined;
  let signedCall = false;
  const push = (part: WirePartOut) => {
    if (pending !== undefined) out.push({ ...part, thoughtSignature: pending });
    else out.push(part);
    pending = undefined;
  };
  for (const part of parts) {
    if (part.type === 'thinking') {
      if (part.signature?.protocol !== 'gemini') continue;
      if (part.text === '') pending = part.signature.value;
      else out.push({ text: part.text, thought: true, thoughtSignature: part.signature.value });
      continue;
    }
    if (part.type === 'tool_call') {
      const signature = pending ?? (skipSignatures && !signedCall ? SKIP_SIGNATURE : undefined);
      signedCall = true;
      pending = signature;
      push({ functionCall: { id: part.id, name: part.name, args: argsFromIr(part.id, part.arguments) } });
      continue;
    }
    if (part.text !== '') push({ text: part.text });
  }
  if (pending !== undefined) out.push({ text: '', thoughtSignature: pending });
  return out;
}

/**
 * IR messages → `contents` and the system messages found inside the conversation (Gemini has
 * no mid-conversation instruction: they join `systemInstruction`, in order, never a turn).
 * Consecutive turns of one role are merged, empty turns dropped; function responses lead their
 * turn, directly after the calls they answer.
 */
export function contentsFromIr(
  messages: readonly IrMessage[],
  skipSignatures: boolean,
): { contents: WireContentOut[]; foldedSystem: IrText[] } {
  const names = new Map<string, string>();
  const contents: WireContentOut[] = [];
  const foldedSystem: IrText[] = [];
  for (const message of messages) {
    if (message.role === 'system') {
      foldedSystem.push(...message.content);
      continue;
    }
    if (message.role === 'assistant')
      for (const part of message.content) if (part.type === 'tool_call') names.set(part.id, part.name);
    const role = message.role === 'assistant' ? 'model' : 'user';
    const parts =
      message.role === 'assistant'
        ? modelPartsFromIr(message.content, skipSignatures)
        : userPartsFromIr(message.content, names);
    if (parts.length === 0) continue;
    const previous = contents.at(-1);
    if (previous?.role === role) previous.parts.push(...parts);
    else contents.push({ role, parts });
  }
  for (const content of contents) if (content.role === 'user') content.parts = responsesFirst(content.parts);
  return { contents, foldedSystem };
}

function responsesFirst(parts: WirePartOut[]): WirePartOut[] {
  const responses = parts.filter((part) => part['functionResponse'] !== undefined);
  if (responses.length === 0) return parts;
  return [...responses, ...parts.filter((part) => part['functionResponse'] === undefined)];
}
