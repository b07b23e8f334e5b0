import type { IrAssistantPart } from '../../ir/ir-content.js';
import type { WireBlock } from './media-from-ir.js';
import { encodeSignature } from './signature-codec.js';

/**
 * A tool call's arguments as `tool_use.input`. A model of another protocol may write arguments
 * that are not a JSON object; they are passed on as the text they are (the client's tool-input
 * check then reports it to the model), never replaced by an empty object.
 */
export function answerToolInput(json: string): unknown {
  if (json.trim() === '') return {};
  try {
    return JSON.parse(json) as unknown; // safe: only narrows JSON.parse's `any` to `unknown`
  } catch {
    return json;
  }
}

/**
 * An answer's part as a content block for a Claude client. Unlike a request's history, all
 * thinking is kept: its signature (any protocol's, see `signature-codec.ts`) rides along so the
 * client sends it back on the next turn; thinking without one gets an empty signature.
 */
export function answerBlockFromIr(part: IrAssistantPart): WireBlock {
  if (part.type === 'text' || part.type === 'refusal') return { type: 'text', text: part.text };
  if (part.type === 'tool_call')
    return { type: 'tool_use', id: part.id, name: part.name, input: answerToolInput(part.arguments) };
  const signature = part.signature ? encodeSignature(part.signature) : '';
  return part.redacted
    ? { type: 'redacted_thinking', data: signature }
    : { type: 'thinking', thinking: part.text, signature };
}
