import { createHash } from 'node:crypto';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrEffort, IrRequest } from '../../ir/ir-request.js';
import type { UpstreamCall } from '../../ir/translator.js';
import { effortForBudget } from '../anthropic/effort-budget.js';
import { CHAT, messagesFromIr } from './messages-from-ir.js';
import { type ChatModelTraits, chatModelTraits } from './model-traits.js';

/**
 * IR reasoning → `reasoning_effort` (for models that take it, see `model-traits.ts`): an effort as
 * it is (`minimal` only where the model has it, else `low`), a thinking budget as the effort of
 * the shared table (`anthropic/effort-budget.ts`, at least `low`), adaptive thinking as `medium`.
 * Disabled reasoning sends nothing: the model's default applies.
 */
function reasoningEffort(request: IrRequest, traits: ChatModelTraits): string | undefined {
  const reasoning = request.reasoning;
  if (!reasoning || !traits.reasoningEffort || reasoning.type === 'disabled') return undefined;
  let effort: IrEffort = 'medium';
  if (reasoning.type === 'effort') effort = reasoning.effort;
  else if (reasoning.type === 'budget') effort = reasoning.effort ?? effortForBudget(reasoning.budgetTokens);
  if (effort === 'minimal' && !(traits.minimalEffort && reasoning.type === 'effort')) return 'low';
  return effort;
}

/** OpenAI refuses a `user` longer than this (Claude Code's `metadata.user_id` is a ~130-character JSON string). */
export const MAX_USER_LENGTH = 64;

/** The end-user id as `user`: as it is when it fits, else its SHA-256 (base64url) — still one stable id per user. */
function userFromIr(user: string): string {
  return user.length <= MAX_USER_LENGTH ? user : createHash('sha256').update(user).digest('base64url');
}

function responseFormat(request: IrRequest): Record<string, unknown> | undefined {
  const format = request.responseFormat;
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json_object') return { type: 'json_object' };
  const { name, schema, strict, description } = format;
  const jsonSchema = {
    name,
    ...(description !== undefined ? { description } : {}),
    schema,
    ...(strict !== undefined ? { strict } : {}),
  };
  return { type: 'json_schema', json_schema: jsonSchema };
}

function toolsFromIr(request: IrRequest): Record<string, unknown> {
  if (request.tools.length === 0) return {};
  const tools = request.tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      parameters: tool.parameters,
      ...(tool.strict !== undefined ? { strict: tool.strict } : {}),
    },
  }));
  const choice = request.toolChoice;
  const toolChoice =
    choice === null
      ? undefined
      : choice.type === 'tool'
        ? { type: 'function', function: { name: choice.name } }
        : choice.type;
  return {
    tools,
    ...(toolChoice !== undefined ? { tool_choice: toolChoice } : {}),
    ...(request.parallelToolCalls !== null ? { parallel_tool_calls: request.parallelToolCalls } : {}),
  };
}

/**
 * IR → a Chat Completions request for `POST /v1/chat/completions` (`request.model` is the
 * provider's model; what it accepts comes from `model-traits.ts`). The top-level system prompt is
 * the first message. Streams always ask for the final usage chunk (`stream_options.include_usage`),
 * without which a converted stream would report no tokens. `topK` has no Chat equivalent and is
 * left out (OpenAI refuses unknown fields); tool choice and parallel calls go only with tools,
 * as OpenAI refuses them alone.
 */
export function openAiChatRequestFromIr(request: IrRequest): UpstreamCall {
  const traits = chatModelTraits(request.model);
  if (request.stopSequences.length > 0 && !traits.stopSequences)
    throw new UnsupportedFeatureError(`Stop sequences (the model ${request.model} refuses them)`, CHAT);
  const system = request.system.map((part) => part.text).join('\n\n');
  const messages = [
    ...(system !== '' ? [{ role: 'system', content: system }] : []),
    ...messagesFromIr(request.messages),
  ];
  const effort = reasoningEffort(request, traits);
  const format = responseFormat(request);
  const maxTokens =
    request.maxOutputTokens !== null && traits.outputLimit !== null
      ? Math.min(request.maxOutputTokens, traits.outputLimit)
      : request.maxOutputTokens;
  const body: Record<string, unknown> = {
    model: request.model,
    messages,
    ...toolsFromIr(request),
    ...(maxTokens !== null ? { [traits.maxCompletionTokens ? 'max_completion_tokens' : 'max_tokens']: maxTokens } : {}),
    ...(traits.sampling && request.temperature !== null ? { temperature: request.temperature } : {}),
    ...(traits.sampling && request.topP !== null ? { top_p: request.topP } : {}),
    ...(request.stopSequences.length > 0 ? { stop: request.stopSequences } : {}),
    ...(effort ? { reasoning_effort: effort } : {}),
    ...(format ? { response_format: format } : {}),
    ...(request.user !== null ? { user: userFromIr(request.user) } : {}),
    ...(request.promptCacheKey !== null ? { prompt_cache_key: request.promptCacheKey } : {}),
    stream: request.stream,
    ...(request.stream ? { stream_options: { include_usage: true } } : {}),
  };
  return { path: '/v1/chat/completions', body };
}
