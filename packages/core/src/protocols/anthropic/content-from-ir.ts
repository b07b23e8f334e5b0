import { InvalidIrRequestError } from '../../ir/errors.js';
import type { IrAssistantPart, IrText, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { asRecord } from '../../json/as-record.js';
import { parseJsonSafely } from '../../json/parse-json-safely.js';
import { cacheControlFromIr } from './cache-hint.js';
import { documentFromIr, imageFromIr, type WireBlock } from './media-from-ir.js';

export function textFromIr(text: IrText): WireBlock {
  return { type: 'text', text: text.text, ...cacheControlFromIr(text.cache) };
}

/** A tool call's JSON arguments as the object `tool_use.input` must be; empty arguments are `{}`. */
export function toolInputFromIr(callId: string, json: string): Record<string, unknown> {
  if (json.trim() === '') return {};
  const input = asRecord(parseJsonSafely(json));
  if (!input) throw new InvalidIrRequestError(`The arguments of tool call ${callId} are not a JSON object.`);
  return input;
}

function toolResultFromIr(result: IrToolResult): WireBlock {
  const content = result.content.map((part) => (part.type === 'text' ? textFromIr(part) : imageFromIr(part)));
  return {
    type: 'tool_result',
    tool_use_id: result.callId,
    ...(content.length > 0 ? { content } : {}),
    ...(result.isError ? { is_error: true } : {}),
    ...cacheControlFromIr(result.cache),
  };
}

/** A user part; empty text (which Anthropic refuses) carries nothing and is left out. */
export function userPartFromIr(part: IrUserPart): WireBlock | null {
  if (part.type === 'text') return part.text === '' ? null : textFromIr(part);
  if (part.type === 'image') return imageFromIr(part);
  if (part.type === 'document') return documentFromIr(part);
  return toolResultFromIr(part);
}

/**
 * An assistant part of the history. Thinking goes back only with an Anthropic signature (as
 * `thinking`, or `redacted_thinking` with its data); thinking without one, or signed by another
 * protocol's provider, is left out of the history — Anthropic would refuse it as an invalid
 * signature, and it is the model's earlier reasoning, not part of the conversation. A refusal is
 * the assistant's text.
 */
export function assistantPartFromIr(part: IrAssistantPart): WireBlock | null {
  if (part.type === 'text') return part.text === '' ? null : textFromIr(part);
  if (part.type === 'refusal') return part.text === '' ? null : { type: 'text', text: part.text };
  if (part.type === 'tool_call')
    return { type: 'tool_use', id: part.id, name: part.name, input: toolInputFromIr(part.id, part.arguments) };
  if (part.signature?.protocol !== 'anthropic') return null;
  return part.redacted
    ? { type: 'redacted_thinking', data: part.signature.value }
    : { type: 'thinking', thinking: part.text, signature: part.signature.value };
}
