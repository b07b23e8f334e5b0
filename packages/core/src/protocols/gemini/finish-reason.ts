import type { IrStopReason } from '../../ir/ir-response.js';

/**
 * Finish reasons, both ways:
 *
 * | Gemini                                        | IR                              | back to Gemini |
 * |-----------------------------------------------|---------------------------------|----------------|
 * | STOP                                          | end_turn (tool_use after calls) | STOP           |
 * | MAX_TOKENS                                    | max_tokens                      | MAX_TOKENS     |
 * | SAFETY, RECITATION, BLOCKLIST, SPII, LANGUAGE, PROHIBITED_CONTENT, IMAGE_SAFETY | content_filter | SAFETY |
 * | MALFORMED_FUNCTION_CALL, UNEXPECTED_TOOL_CALL | error                           | OTHER          |
 * | OTHER, FINISH_REASON_UNSPECIFIED, none        | end_turn                        | STOP           |
 * | —                                             | stop_sequence, pause            | STOP           |
 * | —                                             | refusal                         | SAFETY         |
 *
 * Gemini says STOP when a stop sequence matched too: that reads as an end of turn.
 */
const TO_IR: Readonly<Record<string, IrStopReason>> = {
  STOP: 'end_turn',
  MAX_TOKENS: 'max_tokens',
  SAFETY: 'content_filter',
  RECITATION: 'content_filter',
  BLOCKLIST: 'content_filter',
  PROHIBITED_CONTENT: 'content_filter',
  SPII: 'content_filter',
  IMAGE_SAFETY: 'content_filter',
  LANGUAGE: 'content_filter',
  MALFORMED_FUNCTION_CALL: 'error',
  UNEXPECTED_TOOL_CALL: 'error',
};

const FROM_IR: Readonly<Record<IrStopReason, string>> = {
  end_turn: 'STOP',
  tool_use: 'STOP',
  stop_sequence: 'STOP',
  pause: 'STOP',
  max_tokens: 'MAX_TOKENS',
  content_filter: 'SAFETY',
  refusal: 'SAFETY',
  error: 'OTHER',
};

/** A normal end next to function calls is `tool_use`, never `end_turn`. */
export function finishReasonToIr(reason: string | null | undefined, calledTools: boolean): IrStopReason {
  const stop = (reason && TO_IR[reason]) || 'end_turn';
  return calledTools && stop === 'end_turn' ? 'tool_use' : stop;
}

export function finishReasonFromIr(reason: IrStopReason): string {
  return FROM_IR[reason];
}
