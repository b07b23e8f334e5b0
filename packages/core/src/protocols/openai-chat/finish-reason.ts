import type { IrStopReason } from '../../ir/ir-response.js';

/**
 * Finish reasons, both ways:
 *
 * | Chat           | IR             | back to Chat                                |
 * |----------------|----------------|---------------------------------------------|
 * | stop           | end_turn       | stop; tool_calls when tools were called     |
 * | length         | max_tokens     | length                                      |
 * | tool_calls     | tool_use       | tool_calls                                  |
 * | function_call  | tool_use       | tool_calls                                  |
 * | content_filter | content_filter | content_filter                              |
 * | —              | refusal        | content_filter (Claude's `refusal`)         |
 * | —              | stop_sequence  | stop (Chat does not say which one matched)  |
 * | —              | pause          | stop                                        |
 * | —              | error          | stop (errors travel as error chunks)        |
 *
 * Chat's `stop` also covers a matched stop sequence; it reads as `end_turn` because the answer
 * does not say which sequence matched.
 */
const TO_IR: Readonly<Record<string, IrStopReason>> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'content_filter',
};

const FROM_IR: Readonly<Record<IrStopReason, string>> = {
  end_turn: 'stop',
  max_tokens: 'length',
  stop_sequence: 'stop',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
  pause: 'stop',
  content_filter: 'content_filter',
  error: 'stop',
};

/** An unknown or missing reason reads as a normal end. */
export function finishReasonToIr(reason: string | null | undefined): IrStopReason {
  return (reason && TO_IR[reason]) || 'end_turn';
}

/** Never `stop` next to tool calls (clients run the calls only on `tool_calls`). */
export function finishReasonFromIr(reason: IrStopReason, calledTools: boolean): string {
  return calledTools && (reason === 'end_turn' || reason === 'stop_sequence') ? 'tool_calls' : FROM_IR[reason];
}
