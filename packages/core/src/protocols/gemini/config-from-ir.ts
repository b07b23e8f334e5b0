import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrEffort, IrRequest } from '../../ir/ir-request.js';
import { asRecord } from '../../json/as-record.js';
import { GEMINI } from './media-from-ir.js';
import type { GeminiModelTraits } from './model-traits.js';
import { schemaFromIr } from './schema-from-ir.js';

/** Gemini takes at most five stop sequences. */
const MAX_STOP_SEQUENCES = 5;

/**
 * Effort ⇄ thinking budget for Gemini 2.5 (as Claude Code's think / think hard / ultrathink map):
 * minimal 1,024, low 4,096, medium 10,000, high 24,576 (Flash's ceiling; Pro goes to 32,768).
 */
const BUDGET_FOR_EFFORT: Readonly<Record<IrEffort, number>> = {
  minimal: 1024,
  low: 4096,
  medium: 10_000,
  high: 24_576,
};

/** `tools` (function declarations) and `toolConfig`; no `toolConfig` without tools. */
export function toolsFromIr(request: IrRequest): Record<string, unknown> {
  if (request.tools.length === 0) return {};
  const functionDeclarations = request.tools.map((tool) => {
    const parameters = schemaFromIr(tool.parameters);
    const properties = asRecord(parameters['properties']);
    // Gemini refuses an OBJECT with no properties as a declaration's parameters: such a tool takes none.
    const hasParameters = properties !== null && Object.keys(properties).length > 0;
    return {
      name: tool.name,
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      ...(hasParameters ? { parameters } : {}),
    };
  });
  const choice = request.toolChoice;
  const mode =
    choice?.type === 'none' ? 'NONE' : choice?.type === 'required' || choice?.type === 'tool' ? 'ANY' : 'AUTO';
  const allowed = choice?.type === 'tool' ? { allowedFunctionNames: [choice.name] } : {};
  return {
    tools: [{ functionDeclarations }],
    ...(choice ? { toolConfig: { functionCallingConfig: { mode, ...allowed } } } : {}),
  };
}

/**
 * IR reasoning → `thinkingConfig` for the model (see `model-traits.ts`): Gemini 3 gets a level
 * (low for minimal/low/disabled, high for the rest; dynamic when adaptive), earlier models a
 * budget within their range (−1, dynamic, for adaptive; 0 for disabled where the model can stop
 * thinking, else its minimum). Thoughts are shown when the client wants reasoning.
 */
export function thinkingFromIr(request: IrRequest, traits: GeminiModelTraits): Record<string, unknown> | undefined {
  const { reasoning } = request;
  if (!reasoning) return undefined;
  const shown = request.includeReasoning && reasoning.type !== 'disabled' ? { includeThoughts: true } : {};
  const effort: IrEffort | null =
    reasoning.type === 'effort'
      ? reasoning.effort
      : reasoning.type === 'budget'
        ? (reasoning.effort ?? null)
        : reasoning.type === 'disabled'
          ? 'minimal'
          : null;
  if (traits.thinkingLevels) {
    if (reasoning.type === 'adaptive') return { ...shown };
    const level = effort ?? (reasoning.type === 'budget' && reasoning.budgetTokens < 8192 ? 'low' : 'high');
    return { thinkingLevel: level === 'minimal' || level === 'low' ? 'low' : 'high', ...shown };
  }
  if (reasoning.type === 'disabled')
    return traits.canDisableThinking ? { thinkingBudget: 0 } : { thinkingBudget: traits.minBudget };
  if (reasoning.type === 'adaptive') return { thinkingBudget: -1, ...shown };
  const wanted = reasoning.type === 'budget' ? reasoning.budgetTokens : BUDGET_FOR_EFFORT[reasoning.effort];
  const budget = Math.min(traits.maxBudget, Math.max(traits.minBudget, wanted));
  return { thinkingBudget: budget, ...shown };
}

/** JSON mode: `application/json`, with the schema reduced to Gemini's subset when there is one. */
function formatFromIr(request: IrRequest): Record<string, unknown> {
  const format = request.responseFormat;
  if (!format || format.type === 'text') return {};
  if (format.type === 'json_object') return { responseMimeType: 'application/json' };
  return { responseMimeType: 'application/json', responseSchema: schemaFromIr(format.schema) };
}

export function generationConfigFromIr(
  request: IrRequest,
  traits: GeminiModelTraits,
): Record<string, unknown> | undefined {
  if (request.stopSequences.length > MAX_STOP_SEQUENCES)
    throw new UnsupportedFeatureError(`More than ${MAX_STOP_SEQUENCES} stop sequences`, GEMINI);
  const thinkingConfig = thinkingFromIr(request, traits);
  const config: Record<string, unknown> = {
    ...(request.maxOutputTokens !== null ? { maxOutputTokens: request.maxOutputTokens } : {}),
    ...(request.temperature !== null ? { temperature: request.temperature } : {}),
    ...(request.topP !== null ? { topP: request.topP } : {}),
    ...(request.topK !== null ? { topK: request.topK } : {}),
    ...(request.stopSequences.length > 0 ? { stopSequences: request.stopSequences } : {}),
    ...formatFromIr(request),
    ...(thinkingConfig ? { thinkingConfig } : {}),
  };
  return Object.keys(config).length > 0 ? config : undefined;
}
