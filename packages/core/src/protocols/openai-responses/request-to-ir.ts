import type { IrRequest, IrResponseFormat } from '../../ir/ir-request.js';
import type { RequestContext } from '../../ir/translator.js';
import { inputToIr } from './input-to-ir.js';
import { readWire } from './read-wire.js';
import { reasoningToIr } from './reasoning-to-ir.js';
import { refuseStatefulFields } from './request-fields.js';
import { toolChoiceToIr, toolsToIr } from './tools-to-ir.js';
import { responsesRequestSchema, type WireRequest } from './wire-request.js';

function formatToIr(text: WireRequest['text']): IrResponseFormat | null {
  const format = text?.format;
  if (!format) return null;
  if (format.type !== 'json_schema') return { type: format.type };
  return {
    type: 'json_schema',
    name: format.name,
    schema: format.schema,
    ...(format.strict !== null && format.strict !== undefined ? { strict: format.strict } : {}),
    ...(format.description ? { description: format.description } : {}),
  };
}

/**
 * A Responses request → IR. `instructions` is the system prompt; `input` items become messages
 * (see `input-to-ir.ts`); `text.format` is the response format; `safety_identifier` (or the older
 * `user`) the end user. Fields that do not reach the IR are listed in `request-fields.ts`;
 * Responses has no stop sequences or top_k.
 */
export function openAiResponsesRequestToIr(body: Record<string, unknown>, context: RequestContext): IrRequest {
  refuseStatefulFields(body);
  const wire = readWire(responsesRequestSchema, body, 'request');
  const { reasoning, includeReasoning } = reasoningToIr(wire.reasoning);
  return {
    model: context.model,
    system: wire.instructions ? [{ type: 'text', text: wire.instructions }] : [],
    messages: inputToIr(wire.input),
    tools: toolsToIr(wire.tools),
    toolChoice: toolChoiceToIr(wire.tool_choice),
    parallelToolCalls: wire.parallel_tool_calls ?? null,
    maxOutputTokens: wire.max_output_tokens ?? null,
    temperature: wire.temperature ?? null,
    topP: wire.top_p ?? null,
    topK: null,
    stopSequences: [],
    stream: context.stream,
    reasoning,
    includeReasoning,
    responseFormat: formatToIr(wire.text),
    user: wire.safety_identifier ?? wire.user ?? null,
    promptCacheKey: wire.prompt_cache_key ?? null,
  };
}
