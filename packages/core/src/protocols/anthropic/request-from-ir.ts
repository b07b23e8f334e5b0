import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest } from '../../ir/ir-request.js';
import type { UpstreamCall } from '../../ir/translator.js';
import { textFromIr } from './content-from-ir.js';
import { CLAUDE } from './media-from-ir.js';
import { messagesFromIr, type SystemMessagePlacement, type WireMessage } from './messages-from-ir.js';
import { anthropicModelTraits } from './model-traits.js';
import { reasoningFromIr } from './reasoning-from-ir.js';
import { samplingFromIr } from './sampling-from-ir.js';
import { toolsFromIr } from './tools-from-ir.js';

export interface AnthropicRequestOptions {
  systemMessages: SystemMessagePlacement;
}

/**
 * Anthropic refuses thinking when `tool_choice` forces a tool, and when the conversation is
 * inside a tool loop whose assistant turn does not start with a signed thinking block (as after
 * a switch from another provider type): thinking is then left off for this request.
 */
function thinkingAllowed(request: IrRequest, messages: readonly WireMessage[]): boolean {
  const choice = request.toolChoice?.type;
  if (choice === 'required' || choice === 'tool') return false;
  const last = messages.at(-1);
  const inToolLoop = last?.role === 'user' && last.content.some((block) => block['type'] === 'tool_result');
  if (!inToolLoop) return true;
  const assistant = messages.findLast((message) => message.role === 'assistant');
  const first = assistant?.content[0]?.['type'];
  return first === 'thinking' || first === 'redacted_thinking';
}

/** `response_format`: a JSON schema → `output_config.format`. Claude has no schema-less JSON mode. */
function formatFromIr(request: IrRequest): Record<string, unknown> | undefined {
  const format = request.responseFormat;
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json_object')
    throw new UnsupportedFeatureError('JSON mode without a schema (json_object)', CLAUDE);
  return { type: 'json_schema', schema: format.schema };
}

/**
 * IR → a Messages request for `POST /v1/messages` (`request.model` is the provider's model; what
 * it accepts comes from `model-traits.ts`). `promptCacheKey` has no Anthropic equivalent
 * (Anthropic caches by prefix and `cache_control`) and is left out.
 */
export function anthropicRequestFromIr(
  request: IrRequest,
  options: AnthropicRequestOptions = { systemMessages: 'fold' },
): UpstreamCall {
  const traits = anthropicModelTraits(request.model);
  const { messages, foldedSystem } = messagesFromIr(request.messages, options.systemMessages);
  const system = [...request.system, ...foldedSystem].map(textFromIr);
  const { effort, ...reasoning } = reasoningFromIr(request, traits, thinkingAllowed(request, messages));
  const thinkingOn = reasoning.thinking !== undefined && reasoning.thinking['type'] !== 'disabled';
  const format = formatFromIr(request);
  const outputConfig = { ...(effort ? { effort } : {}), ...(format ? { format } : {}) };
  const body: Record<string, unknown> = {
    model: request.model,
    ...reasoning,
    ...(system.length > 0 ? { system } : {}),
    messages,
    ...toolsFromIr(request),
    ...(Object.keys(outputConfig).length > 0 ? { output_config: outputConfig } : {}),
    ...samplingFromIr(request, traits, thinkingOn),
    ...(request.stopSequences.length > 0 ? { stop_sequences: request.stopSequences } : {}),
    ...(request.user !== null ? { metadata: { user_id: request.user } } : {}),
    stream: request.stream,
  };
  return { path: '/v1/messages', body };
}
