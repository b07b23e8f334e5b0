import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrAssistantPart, IrText, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { cacheHintToIr } from './cache-hint.js';
import { documentToIr, imageToIr, OTHER_PROTOCOLS } from './media-to-ir.js';
import { readWire } from './read-wire.js';
import { decodeSignature } from './signature-codec.js';
import {
  redactedThinkingBlockSchema,
  textBlockSchema,
  thinkingBlockSchema,
  toolResultBlockSchema,
  toolUseBlockSchema,
  type WireBlockHead,
  type WireContent,
} from './wire-content.js';

/**
 * Content blocks → IR parts. Server-side blocks (`server_tool_use`, `web_search_tool_result`,
 * `code_execution_tool_result`, `container_upload`, `search_result` …) are refused: they only
 * mean something to an Anthropic provider, and the gateway converts Anthropic requests only
 * toward other protocols (same protocol in and out passes the bytes through untouched).
 */
function blocksOf(content: WireContent): WireBlockHead[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function refuse(block: WireBlockHead, where: string, role: string): never {
  if (['text', 'image', 'document', 'tool_use', 'tool_result', 'thinking', 'redacted_thinking'].includes(block.type))
    throw new InvalidIrRequestError(`${where}: a ${role} message cannot hold a ${block.type} block`);
  throw new UnsupportedFeatureError(`A ${block.type} content block`, OTHER_PROTOCOLS);
}

export function textToIr(block: WireBlockHead, where: string): IrText {
  const text = readWire(textBlockSchema, block, where);
  return { type: 'text', text: text.text, ...cacheHintToIr(text.cache_control) };
}

/** A `system` string or text blocks (top-level or a `role: "system"` message); block boundaries stay. */
export function textsToIr(content: WireContent, where: string): IrText[] {
  return blocksOf(content).map((block, i) =>
    block.type === 'text' ? textToIr(block, `${where}.${i}`) : refuse(block, `${where}.${i}`, 'system'),
  );
}

export function userContentToIr(content: WireContent, where: string): IrUserPart[] {
  return blocksOf(content).map((block, i): IrUserPart => {
    const at = `${where}.${i}`;
    if (block.type === 'text') return textToIr(block, at);
    if (block.type === 'image') return imageToIr(block, at);
    if (block.type === 'document') return documentToIr(block, at);
    if (block.type === 'tool_result') return toolResultToIr(block, at);
    return refuse(block, at, 'user');
  });
}

/** A tool result's content: a string or text and image blocks; `is_error` is kept. */
function toolResultToIr(block: WireBlockHead, where: string): IrToolResult {
  const result = readWire(toolResultBlockSchema, block, where);
  const content = blocksOf(result.content ?? []).map((part, i) => {
    const at = `${where}.content.${i}`;
    if (part.type === 'text') return textToIr(part, at);
    if (part.type === 'image') return imageToIr(part, at);
    throw new UnsupportedFeatureError(`A ${part.type} block inside a tool result`, OTHER_PROTOCOLS);
  });
  return {
    type: 'tool_result',
    callId: result.tool_use_id,
    content,
    isError: result.is_error === true,
    ...cacheHintToIr(result.cache_control),
  };
}

export function assistantContentToIr(content: WireContent, where: string): IrAssistantPart[] {
  return blocksOf(content).map((block, i): IrAssistantPart => {
    const at = `${where}.${i}`;
    if (block.type === 'text') return textToIr(block, at);
    if (block.type === 'tool_use') return toolUseToIr(block, at);
    if (block.type === 'thinking') {
      const thinking = readWire(thinkingBlockSchema, block, at);
      const signature = decodeSignature(thinking.signature ?? '');
      return { type: 'thinking', text: thinking.thinking, ...(signature ? { signature } : {}) };
    }
    if (block.type === 'redacted_thinking') {
      const signature = decodeSignature(readWire(redactedThinkingBlockSchema, block, at).data);
      return { type: 'thinking', text: '', redacted: true, ...(signature ? { signature } : {}) };
    }
    return refuse(block, at, 'assistant');
  });
}

/** A call of a client tool; the input object becomes its JSON text. Calls made by a server tool are refused. */
function toolUseToIr(block: WireBlockHead, where: string): IrAssistantPart {
  const call = readWire(toolUseBlockSchema, block, where);
  if (call.caller && call.caller.type !== 'direct')
    throw new UnsupportedFeatureError('A tool call made by a server tool (programmatic tool calling)', OTHER_PROTOCOLS);
  return { type: 'tool_call', id: call.id, name: call.name, arguments: JSON.stringify(call.input ?? {}) };
}
