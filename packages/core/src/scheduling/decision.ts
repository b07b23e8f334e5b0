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
}

export interface DecisionChain {
  attempts: Attempt[];
  /** Filter steps of each selection round (one round per provider tried). */
  rounds: FilterStep[][];
}
