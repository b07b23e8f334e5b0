import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrAssistantPart, IrImage, IrMessage, IrText, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { fileToIr, imageToIr } from './media-to-ir.js';
import { functionCallToIr, reasoningToIr } from './output-to-ir.js';
import { readWire } from './read-wire.js';
import { OTHER_PROTOCOLS } from './request-fields.js';
import {
  functionCallOutputSchema,
  functionCallSchema,
  inputTextSchema,
  messageItemSchema,
  reasoningItemSchema,
  refusalSchema,
  type WireHead,
} from './wire-request.js';

/** Item types that only an OpenAI provider can read (their tools are refused in `request-fields.ts`). */
const DROPPED_ITEMS: ReadonlySet<string> = new Set(['web_search_call']);

function partsOf(content: string | WireHead[], textType: string): WireHead[] {
  return typeof content === 'string' ? [{ type: textType, text: content }] : content;
}

function textOf(part: WireHead, where: string): IrText {
  return { type: 'text', text: readWire(inputTextSchema, part, where).text };
}

function userPartToIr(part: WireHead, where: string): IrUserPart {
  if (part.type === 'input_text') return textOf(part, where);
  if (part.type === 'input_image') return imageToIr(part, where);
  if (part.type === 'input_file') return fileToIr(part, where);
  throw new InvalidIrRequestError(`${where}: a user message cannot hold a ${String(part.type)} part`);
}

function assistantPartToIr(part: WireHead, where: string): IrAssistantPart {
  if (part.type === 'output_text' || part.type === 'input_text') return textOf(part, where);
  if (part.type === 'refusal') return { type: 'refusal', text: readWire(refusalSchema, part, where).refusal };
  throw new InvalidIrRequestError(`${where}: an assistant message cannot hold a ${String(part.type)} part`);
}

function systemPartToIr(part: WireHead, where: string): IrText {
  if (part.type === 'input_text') return textOf(part, where);
  throw new InvalidIrRequestError(`${where}: a system or developer message holds text only`);
}

/** A function's output: a string or text and image parts (files have no place in a tool result). */
function toolResultToIr(item: WireHead, where: string): IrToolResult {
  const result = readWire(functionCallOutputSchema, item, where);
  const content = partsOf(result.output, 'input_text').flatMap((part, i): (IrText | IrImage)[] => {
    const at = `${where}.output.${i}`;
    if (part.type === 'input_text') {
      const text = textOf(part, at);
      return text.text === '' ? [] : [text];
    }
    if (part.type === 'input_image') return [imageToIr(part, at)];
    throw new UnsupportedFeatureError(`An ${String(part.type)} part inside a function call output`, OTHER_PROTOCOLS);
  });
  return { type: 'tool_result', callId: result.call_id, content, isError: false };
}

/** One input item as the IR message it belongs to (consecutive ones of a role are merged later). */
function itemToIr(item: WireHead, where: string): IrMessage | null {
  const type = item.type ?? 'message';
  if (type === 'message') {
    const message = readWire(messageItemSchema, item, where);
    const at = `${where}.content`;
    if (message.role === 'user')
      return {
        role: 'user',
        content: partsOf(message.content, 'input_text').map((p, i) => userPartToIr(p, `${at}.${i}`)),
      };
    if (message.role === 'assistant') {
      const parts = partsOf(message.content, 'output_text');
      return { role: 'assistant', content: parts.map((p, i) => assistantPartToIr(p, `${at}.${i}`)) };
    }
    return {
      role: 'system',
      content: partsOf(message.content, 'input_text').map((p, i) => systemPartToIr(p, `${at}.${i}`)),
    };
  }
  if (type === 'function_call') {
    const call = functionCallToIr(readWire(functionCallSchema, item, where));
    return call ? { role: 'assistant', content: [call] } : null;
  }
  if (type === 'function_call_output') return { role: 'user', content: [toolResultToIr(item, where)] };
  if (type === 'reasoning') {
    const thinking = reasoningToIr(readWire(reasoningItemSchema, item, where));
    return thinking ? { role: 'assistant', content: [thinking] } : null;
  }
  if (DROPPED_ITEMS.has(type)) return null;
  if (type === 'item_reference')
    throw new UnsupportedFeatureError('A reference to a stored item (item_reference)', OTHER_PROTOCOLS);
  throw new UnsupportedFeatureError(`A ${type} input item`, OTHER_PROTOCOLS);
}

/** Adds `message` to `previous` when both have its role. */
function appendTo(previous: IrMessage, message: IrMessage): boolean {
  if (previous.role === 'user' && message.role === 'user') previous.content.push(...message.content);
  else if (previous.role === 'assistant' && message.role === 'assistant') previous.content.push(...message.content);
  else if (previous.role === 'system' && message.role === 'system') previous.content.push(...message.content);
  else return false;
  return true;
}

/** Tool results carry no name in Responses; the call they answer does (Gemini needs it). */
function nameToolResults(messages: IrMessage[]): void {
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const part of message.content) {
      if (part.type === 'tool_call') names.set(part.id, part.name);
      else if (part.type === 'tool_result') {
        const name = names.get(part.callId);
        if (name !== undefined) part.name = name;
      }
    }
  }
}

/**
 * `input` → IR messages, in order. Consecutive items of one role become one message, so an
 * assistant's text, reasoning and function calls stay one turn (text before a call survives), and
 * a function's outputs one user turn. `developer` and `system` messages stay system instructions.
 */
export function inputToIr(input: string | WireHead[] | null | undefined): IrMessage[] {
  if (input === null || input === undefined) return [];
  if (typeof input === 'string') return [{ role: 'user', content: [{ type: 'text', text: input }] }];
  const messages: IrMessage[] = [];
  input.forEach((item, i) => {
    const message = itemToIr(item, `input.${i}`);
    if (!message) return;
    const previous = messages.at(-1);
    if (!previous || !appendTo(previous, message)) messages.push(message);
  });
  nameToolResults(messages);
  return messages;
}
