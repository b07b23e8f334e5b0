import type { IrResponse } from '../../ir/ir-response.js';
import type { AnswerContext } from '../../ir/translator.js';
import { answerPartsFromIr } from './answer-parts-from-ir.js';
import { finishReasonFromIr } from './finish-reason.js';
import { usageMetadataFromIr } from './usage-from-ir.js';

/** A complete answer as a GenerateContentResponse, naming the model the client asked for. */
export function geminiResponseFromIr(response: IrResponse, context: AnswerContext): Record<string, unknown> {
  return {
    candidates: [
      {
        content: { role: 'model', parts: answerPartsFromIr(response.content) },
        finishReason: finishReasonFromIr(response.stopReason),
        index: 0,
      },
    ],
    usageMetadata: usageMetadataFromIr(response.usage),
    modelVersion: context.requestedModel,
    responseId: response.id,
  };
}
