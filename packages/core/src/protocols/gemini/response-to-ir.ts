import { randomUUID } from 'node:crypto';
import type { IrAssistantPart } from '../../ir/ir-content.js';
import type { IrResponse } from '../../ir/ir-response.js';
import { emptyUsage } from '../../usage/usage.js';
import { answerCallId } from './answer-call-id.js';
import { modelPartToIr } from './model-part-to-ir.js';
import { finishReasonToIr } from './finish-reason.js';
import { readWire } from './read-wire.js';
import { readGenerateContent } from './usage.js';
import type { WirePart } from './wire-request.js';
import { generateContentResponseSchema } from './wire-response.js';

const invalidAnswer = (message: string) =>
  new Error(`The provider's answer is not a GenerateContentResponse: ${message}`);

/** An answer's parts → IR; calls without an id get `answerCallId`. Other parts (code execution …) are skipped. */
function partsToIr(parts: readonly WirePart[], responseId: string): IrAssistantPart[] {
  let calls = 0;
  const nameCall = (name: string, args: string, id: string | undefined) =>
    id ?? answerCallId(responseId, name, args, calls++);
  return parts.flatMap((part) => modelPartToIr(part, nameCall) ?? []);
}

/** A provider's complete answer → IR (first candidate; a blocked prompt is an empty, filtered answer). */
export function geminiResponseToIr(json: unknown): IrResponse {
  const answer = readWire(generateContentResponseSchema, json, 'response', invalidAnswer);
  const id = answer.responseId ?? `gemini-${randomUUID()}`;
  const candidate = answer.candidates?.[0];
  const content = partsToIr(candidate?.content?.parts ?? [], id);
  const blocked = !candidate && answer.promptFeedback?.blockReason;
  const calledTools = content.some((part) => part.type === 'tool_call');
  return {
    id,
    model: answer.modelVersion ?? '',
    content,
    stopReason: blocked ? 'content_filter' : finishReasonToIr(candidate?.finishReason, calledTools),
    stopSequence: null,
    usage: readGenerateContent(json).usage ?? emptyUsage(),
  };
}
