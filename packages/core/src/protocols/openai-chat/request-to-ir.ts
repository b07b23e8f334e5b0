import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrAssistantPart, IrMessage, IrText, IrToolResult } from '../../ir/ir-content.js';
import type { IrReasoning, IrRequest, IrResponseFormat } from '../../ir/ir-request.js';
import type { RequestContext } from '../../ir/translator.js';
import { readWire } from '../anthropic/read-wire.js';
import { assistantTextToIr, textsToIr, userContentToIr } from './content-to-ir.js';
import { NON_CHAT, refuseChatOnlyFields } from './request-fields.js';
import { toolChoiceToIr, toolsToIr } from './tools-to-ir.js';
import {
  chatMessageSchema,
  chatRequestSchema,
  toolCallSchema,
  type WireChatMessage,
  type WireChatRequest,
} from './wire-request.js';

type AssistantMessage = Extract<WireChatMessage, { role: 'assistant' }>;

function assistantToIr(message: AssistantMessage, where: string): IrAssistantPart[] {
  if (message.function_call) throw new UnsupportedFeatureError('Legacy function calling (function_call)', NON_CHAT);
  const parts: IrAssistantPart[] = [];
  if (message.reasoning_content) parts.push({ type: 'thinking', text: message.reasoning_content });
  parts.push(...assistantTextToIr(message.content, `${where}.content`));
  if (message.refusal) parts.push({ type: 'refusal', text: message.refusal });
  for (const [i, head] of (message.tool_calls ?? []).entries()) {
    if (head.type !== undefined && head.type !== 'function')
      throw new UnsupportedFeatureError(`A ${head.type} tool call`, NON_CHAT);
    const call = readWire(toolCallSchema, head, `${where}.tool_calls.${i}`);
    parts.push({ type: 'tool_call', id: call.id, name: call.function.name, arguments: call.function.arguments });
  }
  return parts;
}

/**
 * Messages → IR. System and developer messages before the first turn are the top-level system
 * prompt; later ones stay system messages where they are. Consecutive `tool` messages become one
 * user turn of tool results (named after the call they answer). Chat has no error flag on tool
 * results: they read as successes.
 */
function messagesToIr(wire: WireChatRequest): { system: IrText[]; messages: IrMessage[] } {
  const system: IrText[] = [];
  const messages: IrMessage[] = [];
  const callNames = new Map<string, string>();
  for (const [i, raw] of wire.messages.entries()) {
    const where = `messages.${i}`;
    const message = readWire(chatMessageSchema, raw, where);
    if (message.role === 'system' || message.role === 'developer') {
      const content = textsToIr(message.content, `${where}.content`);
      if (messages.length === 0) system.push(...content);
      else if (content.length > 0) messages.push({ role: 'system', content });
    } else if (message.role === 'user') {
      messages.push({ role: 'user', content: userContentToIr(message.content, `${where}.content`) });
    } else if (message.role === 'assistant') {
      const content = assistantToIr(message, where);
      for (const part of content) if (part.type === 'tool_call') callNames.set(part.id, part.name);
      messages.push({ role: 'assistant', content });
    } else if (message.role === 'tool') {
      const name = callNames.get(message.tool_call_id);
      const result: IrToolResult = {
        type: 'tool_result',
        callId: message.tool_call_id,
        ...(name !== undefined ? { name } : {}),
        content: textsToIr(message.content, `${where}.content`),
        isError: false,
      };
      const previous = messages.at(-1);
      if (previous?.role === 'user' && previous.content.every((part) => part.type === 'tool_result'))
        previous.content.push(result);
      else messages.push({ role: 'user', content: [result] });
    } else {
      throw new UnsupportedFeatureError('Legacy function calling (a function message)', NON_CHAT);
    }
  }
  return { system, messages };
}

/** `reasoning_effort`: `none` turns reasoning off; `xhigh` is the IR's highest, `high`. */
function reasoningToIr(effort: WireChatRequest['reasoning_effort']): IrReasoning | null {
  if (!effort) return null;
  if (effort === 'none') return { type: 'disabled' };
  return { type: 'effort', effort: effort === 'xhigh' ? 'high' : effort };
}

function formatToIr(format: WireChatRequest['response_format']): IrResponseFormat | null {
  if (!format) return null;
  if (format.type !== 'json_schema') return { type: format.type };
  const { name, schema, strict, description } = format.json_schema;
  return {
    type: 'json_schema',
    name,
    schema: schema ?? {},
    ...(typeof strict === 'boolean' ? { strict } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * A Chat Completions request → IR. `max_completion_tokens` wins over the older `max_tokens`;
 * `safety_identifier` over `user`. Fields that do not reach the IR are listed in `request-fields.ts`.
 */
export function openAiChatRequestToIr(body: Record<string, unknown>, context: RequestContext): IrRequest {
  refuseChatOnlyFields(body);
  const wire = readWire(chatRequestSchema, body, 'request');
  if (wire.functions) throw new UnsupportedFeatureError('Legacy function calling (functions)', NON_CHAT);
  if (wire.messages.length === 0) throw new InvalidIrRequestError('messages: at least one message is required');
  const { system, messages } = messagesToIr(wire);
  const reasoning = reasoningToIr(wire.reasoning_effort);
  const stop = wire.stop ?? [];
  return {
    model: context.model,
    system,
    messages,
    tools: toolsToIr(wire.tools),
    toolChoice: toolChoiceToIr(wire.tool_choice),
    parallelToolCalls: wire.parallel_tool_calls ?? null,
    maxOutputTokens: wire.max_completion_tokens ?? wire.max_tokens ?? null,
    temperature: wire.temperature ?? null,
    topP: wire.top_p ?? null,
    topK: null,
    stopSequences: typeof stop === 'string' ? [stop] : stop,
    stream: context.stream,
    reasoning,
    includeReasoning: reasoning !== null && reasoning.type !== 'disabled',
    responseFormat: formatToIr(wire.response_format),
    user: wire.safety_identifier ?? wire.user ?? null,
    promptCacheKey: wire.prompt_cache_key ?? null,
  };
}
