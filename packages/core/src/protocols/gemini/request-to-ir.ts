import type { IrRequest } from '../../ir/ir-request.js';
import type { RequestContext } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { reasoningToIr, refuseOutputShape, responseFormatToIr, toolChoiceToIr, toolsToIr } from './config-to-ir.js';
import { contentsToIr, systemToIr } from './content-to-ir.js';
import { readWire } from './read-wire.js';
import { refuseServerSideFields } from './request-fields.js';
import { generateContentRequestSchema } from './wire-request.js';

/**
 * A GenerateContentRequest → IR (the model and the stream flag come from the path). A
 * `countTokens` body may wrap the request as `generateContentRequest`; it is read the same.
 * Fields that do not reach the IR are listed in `request-fields.ts`.
 */
export function geminiRequestToIr(body: Record<string, unknown>, context: RequestContext): IrRequest {
  const request = asRecord(body['generateContentRequest']) ?? body;
  const generationConfig = asRecord(request['generationConfig']) ?? undefined;
  const rawTools = Array.isArray(request['tools']) ? request['tools'].map((tool) => asRecord(tool) ?? {}) : [];
  refuseServerSideFields(request, generationConfig, rawTools);
  const wire = readWire(generateContentRequestSchema, request, 'request');
  const config = wire.generationConfig;
  refuseOutputShape(config);
  const { toolChoice, tools } = toolChoiceToIr(wire.toolConfig, toolsToIr(wire.tools));
  const { reasoning, includeReasoning } = reasoningToIr(config?.thinkingConfig);
  return {
    model: context.model,
    system: systemToIr(wire.systemInstruction),
    messages: contentsToIr(wire.contents),
    tools,
    toolChoice,
    parallelToolCalls: null,
    maxOutputTokens: config?.maxOutputTokens ?? null,
    temperature: config?.temperature ?? null,
    topP: config?.topP ?? null,
    topK: config?.topK ?? null,
    stopSequences: config?.stopSequences ?? [],
    stream: context.stream,
    reasoning,
    includeReasoning,
    responseFormat: responseFormatToIr(config),
    user: null,
    promptCacheKey: null,
  };
}
