import type { IrResponse } from '../../ir/ir-response.js';
import type { AnswerContext } from '../../ir/translator.js';
import { answerBlockFromIr } from './answer-blocks-from-ir.js';
import { stopReasonFromIr } from './stop-reason.js';
import { usageFromIr } from './usage-from-ir.js';

/** A complete answer as a Messages response, naming the model the client asked for. */
export function anthropicResponseFromIr(response: IrResponse, context: AnswerContext): Record<string, unknown> {
  const calledTools = response.content.some((part) => part.type === 'tool_call');
  return {
    id: response.id,
    type: 'message',
    role: 'assistant',
    model: context.requestedModel,
    content: response.content.map(answerBlockFromIr),
    stop_reason: stopReasonFromIr(response.stopReason, calledTools),
    stop_sequence: response.stopSequence,
    usage: usageFromIr(response.usage),
  };
}
