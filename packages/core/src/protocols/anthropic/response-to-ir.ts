import { z } from 'zod';
import type { IrResponse } from '../../ir/ir-response.js';
import { emptyUsage } from '../../usage/usage.js';
import { assistantContentToIr } from './content-to-ir.js';
import { readWire } from './read-wire.js';
import { stopReasonToIr } from './stop-reason.js';
import { anthropicUsage } from './usage.js';
import { blockHeadSchema } from './wire-content.js';

const messageSchema = z.object({
  id: z.string(),
  model: z.string(),
  content: z.array(blockHeadSchema),
  stop_reason: z.string().nullish(),
  stop_sequence: z.string().nullish(),
});

const invalidAnswer = (message: string) => new Error(`The provider's answer is not a Messages response: ${message}`);

/** A provider's complete Messages answer → IR (usage through the protocol's own normalisation). */
export function anthropicResponseToIr(json: unknown): IrResponse {
  const message = readWire(messageSchema, json, 'message', invalidAnswer);
  return {
    id: message.id,
    model: message.model,
    content: assistantContentToIr(message.content, 'content'),
    stopReason: stopReasonToIr(message.stop_reason),
    stopSequence: message.stop_sequence ?? null,
    usage: anthropicUsage.readJson(json).usage ?? emptyUsage(),
  };
}
