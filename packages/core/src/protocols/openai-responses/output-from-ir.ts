import type { IrAssistantPart, IrThinking } from '../../ir/ir-content.js';
import { encryptedContentFromIr } from './reasoning-codec.js';

export type WireOutputItem = Record<string, unknown>;

/** Item ids of a converted answer: the kind's prefix, the answer's id, the item's place. */
export function itemId(prefix: 'msg' | 'fc' | 'rs', responseId: string, index: number): string {
  return `${prefix}_${responseId.replace(/^resp_/, '')}_${index}`;
}

/** A Response id for an answer of another protocol (`msg_…`, a Gemini `responseId` …). */
export function responseIdOf(id: string): string {
  return id.startsWith('resp_') ? id : `resp_${id}`;
}

export function messageItem(id: string, parts: WireOutputItem[], status: string): WireOutputItem {
  return { id, type: 'message', status, role: 'assistant', content: parts };
}

export function textPart(text: string): WireOutputItem {
  return { type: 'output_text', text, annotations: [], logprobs: [] };
}

export function refusalPart(text: string): WireOutputItem {
  return { type: 'refusal', refusal: text };
}

export function functionCallItem(id: string, call: { id: string; name: string; arguments: string }, status: string) {
  return { id, type: 'function_call', status, arguments: call.arguments, call_id: call.id, name: call.name };
}

/**
 * Thinking as a reasoning item: its text as one summary, its signature (any protocol's, see
 * `reasoning-codec.ts`) as `encrypted_content` so the client sends it back on the next turn. An
 * OpenAI item keeps its own id, which must go back with its encrypted content.
 */
export function reasoningItem(id: string, thinking: IrThinking): WireOutputItem {
  const encrypted = encryptedContentFromIr(thinking);
  const ownId = thinking.signature?.protocol === 'openai-responses' ? thinking.signature.itemId : undefined;
  return {
    id: ownId ?? id,
    type: 'reasoning',
    summary: thinking.text === '' ? [] : [{ type: 'summary_text', text: thinking.text }],
    ...(encrypted !== undefined ? { encrypted_content: encrypted } : {}),
  };
}

/**
 * An answer's parts as output items, in order: consecutive text and refusal parts share one
 * message item; each tool call and each piece of thinking is an item of its own.
 */
export function outputFromIr(responseId: string, content: readonly IrAssistantPart[]): WireOutputItem[] {
  const items: WireOutputItem[] = [];
  let parts: WireOutputItem[] = [];
  const flush = () => {
    if (parts.length > 0) items.push(messageItem(itemId('msg', responseId, items.length), parts, 'completed'));
    parts = [];
  };
  for (const part of content) {
    if (part.type === 'text') parts.push(textPart(part.text));
    else if (part.type === 'refusal') parts.push(refusalPart(part.text));
    else {
      flush();
      items.push(
        part.type === 'tool_call'
          ? functionCallItem(itemId('fc', responseId, items.length), part, 'completed')
          : reasoningItem(itemId('rs', responseId, items.length), part),
      );
    }
  }
  flush();
  return items;
}
