import type { IrMessage, IrToolResult } from '../../ir/ir-content.js';
import type { IrRequest, IrResponseFormat } from '../../ir/ir-request.js';
import type { RequestContext } from '../../ir/translator.js';
import { assistantContentToIr, textsToIr, userContentToIr } from './content-to-ir.js';
import { readWire } from './read-wire.js';
import { reasoningToIr } from './reasoning-to-ir.js';
import { refuseServerSideFields } from './request-fields.js';
import { toolChoiceToIr, toolsToIr } from './tools-to-ir.js';
import { messagesRequestSchema, type WireRequest } from './wire-request.js';

function messageToIr(message: WireRequest['messages'][number], where: string): IrMessage {
  if (message.role === 'system') return { role: 'system', content: textsToIr(message.content, where) };
  if (message.role === 'user') return { role: 'user', content: userContentToIr(message.content, where) };
  return { role: 'assistant', content: assistantContentToIr(message.content, where) };
}

/** Tool results carry no name in Anthropic; the call they answer does (Gemini needs it). */
function nameToolResults(messages: IrMessage[]): void {
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const part of message.content) {
      if (part.type === 'tool_call') names.set(part.id, part.name);
      else if (part.type === 'tool_result') nameResult(part, names.get(part.callId));
    }
  }
}

function nameResult(result: IrToolResult, name: string | undefined): void {
  if (name !== undefined) result.name = name;
}

function formatToIr(request: WireRequest): IrResponseFormat | null {
  const format = request.output_config?.format ?? request.output_format;
  // Anthropic's structured output has no name and is always strict.
  return format ? { type: 'json_schema', name: 'response', schema: format.schema, strict: true } : null;
}

/**
 * A Messages request → IR. Top-level `system` and `role: "system"` messages stay system
 * instructions (block boundaries and cache hints kept); `metadata.user_id` is kept whole (Claude
 * Code's is a JSON string). Fields that do not reach the IR are listed in `request-fields.ts`.
 */
export function anthropicRequestToIr(body: Record<string, unknown>, context: RequestContext): IrRequest {
  refuseServerSideFields(body);
  const wire = readWire(messagesRequestSchema, body, 'request');
  const messages = wire.messages.map((message, i) => messageToIr(message, `messages.${i}.content`));
  nameToolResults(messages);
  const { reasoning, includeReasoning } = reasoningToIr(wire.thinking, wire.output_config?.effort);
  return {
    model: context.model,
    system: wire.system === undefined ? [] : textsToIr(wire.system, 'system'),
    messages,
    tools: toolsToIr(wire.tools),
    ...toolChoiceToIr(wire.tool_choice),
    maxOutputTokens: wire.max_tokens ?? null,
    temperature: wire.temperature ?? null,
    topP: wire.top_p ?? null,
    topK: wire.top_k ?? null,
    stopSequences: wire.stop_sequences ?? [],
    stream: context.stream,
    reasoning,
    includeReasoning,
    responseFormat: formatToIr(wire),
    user: wire.metadata?.user_id ?? null,
    promptCacheKey: null,
  };
}
