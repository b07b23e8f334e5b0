import type { ProtocolId } from '../domain/protocol.js';
import type { SessionId } from '../sessions/session-id.js';
import type { BreakerStatus } from '../state/state-store.js';

export type DropReason =
  | 'disabled'
  | 'group_mismatch'
  | 'protocol_unsupported'
  | 'client_not_allowed'
  | 'model_not_allowed'
  | 'outside_active_hours'
  | 'circuit_open'
  | 'cooling_down'
  | 'limit_exhausted'
  | 'already_failed'
  | 'concurrency_full';

/** One filter step of provider selection: how many candidates it kept and why the others went. */
export interface FilterStep {
  step: string;
  kept: number;
  dropped: { providerId: string; providerName: string; reason: DropReason }[];
}

export type ChoiceReason = 'session_reuse' | 'weighted_random' | 'failover';

/** One upstream attempt in a request's decision chain. */
export interface Attempt {
  providerId: string;
  providerName: string;
  reason: ChoiceReason;
  /** 0 for the first try on this provider, 1.. for same-provider retries. */
  retry: number;
  priority: number;
  weight: number;
  circuit: BreakerStatus;
  upstreamModel: string;
  status: number | null;
  /** null on success. */
  errorClass: string | null;
  errorMessage: string | null;
  durationMs: number;
  /** Set when the request was converted for a provider of another protocol. */
  converted?: { from: ProtocolId; to: ProtocolId };
  /**
   * Hedged stream: `primary` is the slow attempt a hedge was started against, `hedge` the attempt
   * started on the next provider; the loser ends with errorClass `hedge_cancelled`.
   */
  hedge?: 'primary' | 'hedge';
}

/** A governance rule (error rule, rectifier …) that touched the request, and what it did. */
export interface RuleHit {
  /**
   * `error_rule`, `rectifier`, `request_filter`, `sensitive_word`, `provider_override`,
   * `client_version`.
   */
  kind: string;
  /** The rule's id (a provider override's is the provider id, a rectifier's its name). */
  ruleId: string;
  /**
   * What it did, short: `answer_now`, `fail_over`, `budget_corrected`, `header_set`, `refused` …
   * Neither this nor `detail` carries a value (a secret must never reach the log).
   */
  action: string;
  providerId?: string;
  detail?: string;
}

export interface DecisionChain {
  attempts: Attempt[];
  /** Filter steps of each selection round (one round per provider tried). */
  rounds: FilterStep[][];
  session: SessionId | null;
  /** Present when the billed model had no price and another model's price stood in for it. */
  pricing?: { estimatedFrom: string };
  /** Every governance rule that touched the request, in order. */
  rules?: RuleHit[];
}
