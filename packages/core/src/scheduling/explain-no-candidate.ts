import type { DropReason, FilterStep } from './decision.js';

/** Reasons no later request can change without an admin: the configuration does not route it. */
const STATIC: ReadonlySet<DropReason> = new Set([
  'disabled',
  'group_mismatch',
  'protocol_unsupported',
  'client_not_allowed',
  'model_not_allowed',
]);

const PHRASES: Record<DropReason, (n: number) => string> = {
  disabled: (n) => `${n} disabled`,
  group_mismatch: (n) => `${n} in other groups`,
  protocol_unsupported: (n) => `${n} not serving this API`,
  client_not_allowed: (n) => `${n} not serving this client`,
  model_not_allowed: (n) => `${n} not serving this model`,
  outside_active_hours: (n) => `${n} outside their active hours`,
  circuit_open: (n) => `${n} with an open circuit`,
  cooling_down: (n) => `${n} cooling down after a rate limit`,
  limit_exhausted: (n) => `${n} at their spend or request limit`,
  already_failed: (n) => `${n} already tried`,
  concurrency_full: (n) => `${n} at their concurrency limit`,
};

export interface NoCandidateExplanation {
  /** True when waiting may help (open circuits, cooldowns, limits); false when only an admin can. */
  transient: boolean;
  /** "3 providers: 2 in other groups, 1 not serving this model." */
  summary: string;
}

/** Why a selection round ended with no provider, from the filter steps' drop reasons. */
export function explainNoCandidate(steps: readonly FilterStep[]): NoCandidateExplanation {
  const counts = new Map<DropReason, number>();
  for (const step of steps) {
    for (const drop of step.dropped) counts.set(drop.reason, (counts.get(drop.reason) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { transient: false, summary: 'no provider is configured.' };
  const transient = [...counts.keys()].some((reason) => !STATIC.has(reason));
  const parts = [...counts].map(([reason, n]) => PHRASES[reason](n));
  return { transient, summary: `${total} provider${total === 1 ? '' : 's'}: ${parts.join(', ')}.` };
}
