import type { IrAssistantPart } from '../../ir/ir-content.js';
import type { IrResponse } from '../../ir/ir-response.js';
import { stableCallId } from '../../ir/stable-call-id.js';
import { emptyUsage } from '../../usage/usage.js';
import { readWire } from '../anthropic/read-wire.js';
import { finishReasonToIr } from './finish-reason.js';
import { openAiChatUsage } from './usage.js';
import { completionSchema } from './wire-response.js';

const invalidAnswer = (message: string) => new Error(`The provider's answer is not a chat completion: ${message}`);

/**
 * A provider's `chat.completion` → IR (the first choice; requests written by `request-from-ir.ts`
 * ask for one). Reasoning text comes first, then the text, a refusal, and the tool calls; a call
 * without an id gets a stable one. Usage goes through the protocol's own normalisation.
 */
export function openAiChatResponseToIr(json: unknown): IrResponse {
  const completion = readWire(completionSchema, json, 'completion', invalidAnswer);
  const choice = completion.choices[0]!; // at least one, by the schema
  const { message } = choice;
  const content: IrAssistantPart[] = [];
  const reasoning = message.reasoning_content ?? message.reasoning;
  if (reasoning) content.push({ type: 'thinking', text: reasoning });
  if (message.content) content.push({ type: 'text', text: message.content });
  if (message.refusal) content.push({ type: 'refusal', text: message.refusal });
  for (const [i, call] of (message.tool_calls ?? []).entries()) {
    const name = call.function?.name ?? '';
    const args = call.function?.arguments ?? '';
    content.push({ type: 'tool_call', id: call.id || stableCallId(name, args, i), name, arguments: args || '{}' });
  }
  return {
    id: completion.id,
    model: completion.model,
    content,
    stopReason: finishReasonToIr(choice.finish_reason),
    stopSequence: null,
    usage: openAiChatUsage.readJson(json).usage ?? emptyUsage(),
  };
}
