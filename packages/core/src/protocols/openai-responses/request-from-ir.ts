import { createHash } from 'node:crypto';
import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrRequest, IrTool } from '../../ir/ir-request.js';
import type { UpstreamCall } from '../../ir/translator.js';
import { effortForBudget } from '../anthropic/effort-budget.js';
import { inputFromIr } from './input-from-ir.js';
import { takesSampling } from './model-traits.js';

const RESPONSES = 'OpenAI Responses';

/** OpenAI refuses a `max_output_tokens` below 16 (Claude Code's quota probes ask for 1). */
const MIN_OUTPUT_TOKENS = 16;

/** OpenAI's limit on `safety_identifier`; longer ids (Claude Code's `user_id` is JSON) are hashed. */
const MAX_IDENTIFIER = 64;

function toolFromIr(tool: IrTool): Record<string, unknown> {
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    parameters: tool.parameters,
    // Responses makes a tool strict unless told otherwise, which most schemas (Claude Code's) fail.
    strict: tool.strict ?? false,
  };
}

function toolChoiceFromIr(request: IrRequest): unknown {
  const choice = request.toolChoice;
  if (!choice) return undefined;
  return choice.type === 'tool' ? { type: 'function', name: choice.name } : choice.type;
}

/**
 * IR reasoning → `reasoning` (effort and summary) and `include`. A budget is the effort of the
 * table in `anthropic/effort-budget.ts`, adaptive is `medium`. Disabled sends no reasoning
 * settings (the model's default applies: OpenAI's reasoning models cannot be asked not to reason
 * in a way every one of them accepts). Encrypted reasoning is always asked for: with `store:
 * false` it is how the next turn gives the model its reasoning back.
 */
function reasoningFromIr(request: IrRequest): Record<string, unknown> {
  const reasoning = request.reasoning;
  if (!reasoning || reasoning.type === 'disabled') return {};
  const effort =
    reasoning.type === 'effort'
      ? reasoning.effort
      : reasoning.type === 'budget'
        ? (reasoning.effort ?? effortForBudget(reasoning.budgetTokens))
        : 'medium';
  return {
    reasoning: { effort, ...(request.includeReasoning ? { summary: 'auto' } : {}) },
    include: ['reasoning.encrypted_content'],
  };
}

function formatFromIr(request: IrRequest): Record<string, unknown> | undefined {
  const format = request.responseFormat;
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json_object') return { format: { type: 'json_object' } };
  return {
    format: {
      type: 'json_schema',
      name: format.name,
      schema: format.schema,
      ...(format.strict !== undefined ? { strict: format.strict } : {}),
      ...(format.description !== undefined ? { description: format.description } : {}),
    },
  };
}

/** Temperature and top_p where the model takes them; reasoning models set their own sampling. */
function samplingFromIr(request: IrRequest): Record<string, number> {
  if (!takesSampling(request.model)) return {};
  return {
    ...(request.temperature !== null ? { temperature: request.temperature } : {}),
    ...(request.topP !== null ? { top_p: request.topP } : {}),
  };
}

function safetyIdentifier(user: string): string {
  return user.length <= MAX_IDENTIFIER ? user : createHash('sha256').update(user).digest('hex');
}

/**
 * IR → a Responses request for `POST /v1/responses`, stateless: `store: false`, the whole
 * conversation in `input`. System prompts are `instructions` (blocks joined by blank lines);
 * `topK` has no Responses equivalent and is left out like other sampling fine-tuning (and
 * temperature / top_p for reasoning models, see `model-traits.ts`); stop
 * sequences cannot be expressed and are refused.
 */
export function openAiResponsesRequestFromIr(request: IrRequest): UpstreamCall {
  if (request.stopSequences.length > 0) throw new UnsupportedFeatureError('Stop sequences (stop_sequences)', RESPONSES);
  const instructions = request.system.map((text) => text.text).join('\n\n');
  const toolChoice = request.tools.length > 0 ? toolChoiceFromIr(request) : undefined;
  const text = formatFromIr(request);
  const body: Record<string, unknown> = {
    model: request.model,
    ...(instructions !== '' ? { instructions } : {}),
    input: inputFromIr(request.messages),
    ...(request.tools.length > 0 ? { tools: request.tools.map(toolFromIr) } : {}),
    ...(toolChoice !== undefined ? { tool_choice: toolChoice } : {}),
    ...(request.parallelToolCalls !== null ? { parallel_tool_calls: request.parallelToolCalls } : {}),
    ...(request.maxOutputTokens !== null
      ? { max_output_tokens: Math.max(MIN_OUTPUT_TOKENS, request.maxOutputTokens) }
      : {}),
    ...samplingFromIr(request),
    ...reasoningFromIr(request),
    ...(text ? { text } : {}),
    ...(request.user !== null ? { safety_identifier: safetyIdentifier(request.user) } : {}),
    ...(request.promptCacheKey !== null ? { prompt_cache_key: request.promptCacheKey } : {}),
    store: false,
    stream: request.stream,
  };
  return { path: '/v1/responses', body };
}
