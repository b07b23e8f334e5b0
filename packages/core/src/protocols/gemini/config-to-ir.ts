import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrEffort, IrReasoning, IrResponseFormat, IrTool, IrToolChoice } from '../../ir/ir-request.js';
import { OTHER_PROTOCOLS } from './media-to-ir.js';
import { schemaToIr } from './schema-to-ir.js';
import type { WireRequest } from './wire-request.js';

type GenerationConfig = NonNullable<WireRequest['generationConfig']>;

/** Function declarations → IR tools; `parametersJsonSchema` is JSON Schema already, `parameters` is converted. */
export function toolsToIr(tools: WireRequest['tools']): IrTool[] {
  return (tools ?? []).flatMap((tool) =>
    (tool.functionDeclarations ?? []).map((declaration): IrTool => {
      const parameters =
        declaration.parametersJsonSchema ??
        (declaration.parameters ? schemaToIr(declaration.parameters) : { type: 'object', properties: {} });
      return {
        name: declaration.name,
        ...(declaration.description !== undefined ? { description: declaration.description } : {}),
        parameters,
      };
    }),
  );
}

/**
 * `toolConfig.functionCallingConfig` → IR: AUTO (and VALIDATED) = auto, NONE = none, ANY =
 * required, or the one tool when `allowedFunctionNames` names exactly one. ANY limited to several
 * names keeps only those tools (the model may call no other).
 */
export function toolChoiceToIr(
  config: WireRequest['toolConfig'],
  tools: IrTool[],
): { toolChoice: IrToolChoice | null; tools: IrTool[] } {
  const calling = config?.functionCallingConfig;
  const mode = calling?.mode?.toUpperCase();
  if (!mode || mode === 'MODE_UNSPECIFIED') return { toolChoice: null, tools };
  if (mode === 'NONE') return { toolChoice: { type: 'none' }, tools };
  if (mode !== 'ANY') return { toolChoice: { type: 'auto' }, tools };
  const allowed = calling?.allowedFunctionNames ?? [];
  if (allowed.length === 1 && allowed[0] !== undefined)
    return { toolChoice: { type: 'tool', name: allowed[0] }, tools };
  const kept = allowed.length === 0 ? tools : tools.filter((tool) => allowed.includes(tool.name));
  return { toolChoice: { type: 'required' }, tools: kept };
}

const LEVELS: Readonly<Record<string, IrEffort>> = { minimal: 'minimal', low: 'low', medium: 'medium', high: 'high' };

/**
 * `thinkingConfig` → IR reasoning: budget 0 = disabled, −1 = adaptive (dynamic), more = that
 * budget; a `thinkingLevel` (Gemini 3) is an effort; `includeThoughts` alone is adaptive thinking
 * shown. Without a config the model's default applies (null).
 */
export function reasoningToIr(config: GenerationConfig['thinkingConfig']): {
  reasoning: IrReasoning | null;
  includeReasoning: boolean;
} {
  if (!config) return { reasoning: null, includeReasoning: false };
  const shown = config.includeThoughts === true;
  const level = config.thinkingLevel ? LEVELS[config.thinkingLevel.toLowerCase()] : undefined;
  if (level) return { reasoning: { type: 'effort', effort: level }, includeReasoning: shown };
  const budget = config.thinkingBudget;
  if (budget === 0) return { reasoning: { type: 'disabled' }, includeReasoning: false };
  if (budget !== undefined && budget > 0)
    return { reasoning: { type: 'budget', budgetTokens: budget }, includeReasoning: shown };
  if (budget === -1 || shown) return { reasoning: { type: 'adaptive' }, includeReasoning: shown };
  return { reasoning: null, includeReasoning: false };
}

/** JSON mode: `application/json` with a schema (either form) is structured output, without one plain JSON. */
export function responseFormatToIr(config: GenerationConfig | undefined): IrResponseFormat | null {
  const mimeType = config?.responseMimeType;
  if (!mimeType || mimeType === 'text/plain') return null;
  if (mimeType !== 'application/json')
    throw new UnsupportedFeatureError(`An answer of type ${mimeType} (responseMimeType)`, OTHER_PROTOCOLS);
  const schema = config.responseJsonSchema ?? (config.responseSchema ? schemaToIr(config.responseSchema) : undefined);
  return schema ? { type: 'json_schema', name: 'response', schema } : { type: 'json_object' };
}

/** One answer, in text: several candidates or other modalities have no equivalent. */
export function refuseOutputShape(config: GenerationConfig | undefined): void {
  if (config?.candidateCount !== undefined && config.candidateCount > 1)
    throw new UnsupportedFeatureError('Several candidates (candidateCount)', OTHER_PROTOCOLS);
  const other = config?.responseModalities?.find((modality) => modality.toUpperCase() !== 'TEXT');
  if (other) throw new UnsupportedFeatureError(`A ${other} answer (responseModalities)`, OTHER_PROTOCOLS);
}
