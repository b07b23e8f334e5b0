import { z } from 'zod';
import type { IrAssistantPart, IrThinking, IrToolCall } from '../../ir/ir-content.js';
import { encryptedContentToIr } from './reasoning-codec.js';
import { functionCallSchema, reasoningItemSchema, type WireHead } from './wire-request.js';

const messageOutputSchema = z.object({ content: z.array(z.object({ type: z.string() }).loose()).nullish() });
const outputTextSchema = z.object({ text: z.string() });
const refusalOutputSchema = z.object({ refusal: z.string() });

export function reasoningToIr(item: WireHead): IrThinking | null {
  const parsed = reasoningItemSchema.safeParse(item);
  if (!parsed.success) return null;
  const reasoning = parsed.data;
  const text = (reasoning.summary ?? reasoning.content ?? []).map((part) => part.text).join('\n\n');
  const token = encryptedContentToIr(reasoning.encrypted_content, reasoning.id);
  if (text === '' && !token.signature) return null;
  return { type: 'thinking', text, ...token };
}

/** A function call; a namespaced one (Codex's sub-agent tools) is named `<namespace>__<name>`. */
export function functionCallToIr(item: WireHead): IrToolCall | null {
  const parsed = functionCallSchema.safeParse(item);
  if (!parsed.success) return null;
  const call = parsed.data;
  const name = call.namespace ? `${call.namespace}__${call.name}` : call.name;
  return { type: 'tool_call', id: call.call_id, name, arguments: call.arguments };
}

function messageToIr(item: WireHead): IrAssistantPart[] {
  const content = messageOutputSchema.safeParse(item).data?.content ?? [];
  return content.flatMap((part): IrAssistantPart[] => {
    if (part.type === 'output_text') {
      const text = outputTextSchema.safeParse(part).data?.text;
      return text === undefined ? [] : [{ type: 'text', text }];
    }
    if (part.type === 'refusal') {
      const refusal = refusalOutputSchema.safeParse(part).data?.refusal;
      return refusal === undefined ? [] : [{ type: 'refusal', text: refusal }];
    }
    return [];
  });
}

/**
 * A provider's output item → IR parts. Items of server tools (`web_search_call` …), which a
 * request written by `request-from-ir.ts` never asks for, carry nothing for the client.
 */
export function outputItemToIr(item: WireHead): IrAssistantPart[] {
  if (item.type === 'message') return messageToIr(item);
  const part =
    item.type === 'function_call' ? functionCallToIr(item) : item.type === 'reasoning' ? reasoningToIr(item) : null;
  return part ? [part] : [];
}
