import type { IrStopReason } from '../../ir/ir-response.js';

/**
 * Stop reasons, both ways:
 *
 * | Anthropic                     | IR             | back to Anthropic                         |
 * |-------------------------------|----------------|-------------------------------------------|
 * | end_turn                      | end_turn       | end_turn; tool_use when tools were called |
 * | max_tokens                    | max_tokens     | max_tokens                                |
 * | model_context_window_exceeded | max_tokens     | max_tokens                                |
 * | stop_sequence                 | stop_sequence  | stop_sequence                             |
 * | tool_use                      | tool_use       | tool_use                                  |
 * | pause_turn                    | pause          | pause_turn                                |
 * | refusal                       | refusal        | refusal                                   |
 * | —                             | content_filter | refusal (a policy stop)                   |
 * | —                             | error          | end_turn (errors travel as error events)  |
 */
const TO_IR: Readonly<Record<string, IrStopReason>> = {
  end_turn: 'end_turn',
  max_tokens: 'max_tokens',
  model_context_window_exceeded: 'max_tokens',
  stop_sequence: 'stop_sequence',
  tool_use: 'tool_use',
  pause_turn: 'pause',
  refusal: 'refusal',
};

const FROM_IR: Readonly<Record<IrStopReason, string>> = {
  end_turn: 'end_turn',
  max_tokens: 'max_tokens',
  stop_sequence: 'stop_sequence',
  tool_use: 'tool_use',
  pause: 'pause_turn',
  refusal: 'refusal',
  content_filter: 'refusal',
  error: 'end_turn',
};

/** An unknown or missing reason reads as a normal end. */
export function stopReasonToIr(reason: string | null | undefined): IrStopReason {
  return (reason && TO_IR[reason]) || 'end_turn';
}

/** Never `end_turn` next to a tool call (Gemini says STOP after function calls): that is `tool_use`. */
export function stopReasonFromIr(reason: IrStopReason, calledTools: boolean): string {
  return calledTools && reason === 'end_turn' ? 'tool_use' : FROM_IR[reason];
}
