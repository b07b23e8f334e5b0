import { z } from 'zod';
import type { IrResponse } from '../../ir/ir-response.js';
import { emptyUsage } from '../../usage/usage.js';
import { outputItemToIr } from './output-to-ir.js';
import { readWire } from './read-wire.js';
import { stopReasonToIr } from './status.js';
import { openAiResponsesUsage } from './usage.js';
import { headSchema } from './wire-request.js';

export const responseSchema = z.object({
  id: z.string(),
  model: z.string(),
  status: z.string().nullish(),
  incomplete_details: z.object({ reason: z.string().nullish() }).nullish(),
  output: z.array(headSchema),
});

const invalidAnswer = (message: string) => new Error(`The provider's answer is not a Response: ${message}`);

/** A provider's complete Response → IR (usage through the protocol's own normalisation). */
export function openAiResponsesResponseToIr(json: unknown): IrResponse {
  const response = readWire(responseSchema, json, 'response', invalidAnswer);
  const content = response.output.flatMap(outputItemToIr);
  const calledTools = content.some((part) => part.type === 'tool_call');
  return {
    id: response.id,
    model: response.model,
    content,
    stopReason: stopReasonToIr(response.status, response.incomplete_details?.reason, calledTools),
    stopSequence: null,
    usage: openAiResponsesUsage.readJson(json).usage ?? emptyUsage(),
  };
}
