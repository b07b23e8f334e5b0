import type { ErrorRuleAction } from '@cch/contract';
import type { ErrorRuleRecord } from '../../db/queries/error-rules.js';

/** What the gateway does with a failure when no rule matches. */
export interface DefaultHandling {
  /** The caller's fault (400, 413, 422 …): answered as is, not retried. */
  clientError: boolean;
  countsForBreaker: boolean;
}

export interface ErrorDecision {
  rule: ErrorRuleRecord | null;
  action: ErrorRuleAction;
  countsForBreaker: boolean;
  /** What the client sees instead of the upstream's status and message; null keeps them. */
  override: { status: number | null; message: string | null };
}

const NO_OVERRIDE = { status: null, message: null } as const;

/** Combines the matching rule (if any) with the usual handling of this kind of failure. */
export function decideOnError(rule: ErrorRuleRecord | null, usual: DefaultHandling): ErrorDecision {
  if (rule === null) {
    return {
      rule: null,
      action: usual.clientError ? 'answer_now' : 'fail_over',
      countsForBreaker: usual.countsForBreaker,
      override: NO_OVERRIDE,
    };
  }
  return {
    rule,
    action: rule.action,
    countsForBreaker: rule.countsForBreaker ?? usual.countsForBreaker,
    override: rule.override,
  };
}
