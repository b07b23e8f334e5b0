import type { IrReasoning } from '../../ir/ir-request.js';
import type { WireRequest } from './wire-request.js';

/**
 * `reasoning` → IR: an effort is that effort (`none` is disabled, `xhigh` the IR's highest, high);
 * a `reasoning` object without an effort leaves it to the model (adaptive); none at all is null.
 * Reasoning text is shown when a `summary` is asked for (Codex asks `auto`).
 */
export function reasoningToIr(reasoning: WireRequest['reasoning']): {
  reasoning: IrReasoning | null;
  includeReasoning: boolean;
} {
  if (!reasoning) return { reasoning: null, includeReasoning: false };
  const includeReasoning = !!reasoning.summary;
  const effort = reasoning.effort;
  if (!effort) return { reasoning: { type: 'adaptive' }, includeReasoning };
  if (effort === 'none') return { reasoning: { type: 'disabled' }, includeReasoning: false };
  return { reasoning: { type: 'effort', effort: effort === 'xhigh' ? 'high' : effort }, includeReasoning };
}
