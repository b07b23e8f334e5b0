import type { IrStopReason } from '../../ir/ir-response.js';

/**
 * A Response's `status` (and `incomplete_details.reason`) ⇄ the IR stop reason:
 *
 * | Responses                                   | IR                          | back to Responses          |
 * |---------------------------------------------|-----------------------------|----------------------------|
 * | completed                                   | end_turn (tool_use w/ calls)| completed                  |
 * | incomplete, max_output_tokens               | max_tokens                  | incomplete, max_output_tokens |
 * | incomplete, content_filter                  | content_filter              | incomplete, content_filter |
 * | failed                                      | error                       | failed                     |
 * | —                                           | stop_sequence, pause, refusal | completed                |
 */
export type ResponseStatus = 'completed' | 'incomplete' | 'failed';

export function statusFromIr(reason: IrStopReason): {
  status: ResponseStatus;
  incompleteDetails: { reason: string } | null;
} {
  if (reason === 'max_tokens') return { status: 'incomplete', incompleteDetails: { reason: 'max_output_tokens' } };
  if (reason === 'content_filter') return { status: 'incomplete', incompleteDetails: { reason: 'content_filter' } };
  if (reason === 'error') return { status: 'failed', incompleteDetails: null };
  return { status: 'completed', incompleteDetails: null };
}

export function stopReasonToIr(
  status: string | null | undefined,
  incompleteReason: string | null | undefined,
  calledTools: boolean,
): IrStopReason {
  if (status === 'incomplete') return incompleteReason === 'content_filter' ? 'content_filter' : 'max_tokens';
  if (status === 'failed') return 'error';
  return calledTools ? 'tool_use' : 'end_turn';
}
