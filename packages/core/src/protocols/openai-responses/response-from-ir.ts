import type { IrResponse } from '../../ir/ir-response.js';
import type { AnswerContext } from '../../ir/translator.js';
import { outputFromIr, responseIdOf } from './output-from-ir.js';
import { responseObject } from './response-object.js';
import { statusFromIr } from './status.js';
import { usageFromIr } from './usage-from-ir.js';

/** A complete answer as a Response object, naming the model the client asked for. */
export function openAiResponsesResponseFromIr(response: IrResponse, context: AnswerContext): Record<string, unknown> {
  const id = responseIdOf(response.id);
  const { status, incompleteDetails } = statusFromIr(response.stopReason);
  const error = status === 'failed' ? { code: 'server_error', message: 'The provider failed to answer.' } : null;
  return responseObject({
    id,
    model: context.requestedModel,
    createdAt: Math.floor(Date.now() / 1000),
    status,
    output: outputFromIr(id, response.content),
    usage: usageFromIr(response.usage),
    incompleteDetails,
    error,
  });
}
