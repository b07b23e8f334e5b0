import type { Logger } from 'pino';

/** What the metrics endpoint reads: how often limits were skipped because the store was unreachable. */
export interface LimiterStats {
  /** Requests admitted without any limit check since start (fail-open). */
  degradedAdmissions: number;
  /** Outages seen since start (store failing after working, or from the start). */
  outages: number;
  /** Whether the last store call of the limiter failed. */
  degraded: boolean;
  lastError: string | null;
}

export interface LimiterHealth {
  /** A limiter store call failed: warns once per outage. */
  failed(error: unknown): void;
  /** A limiter store call worked: ends an outage (logged once). */
  succeeded(): void;
  /** An admission went through unchecked. */
  countDegradedAdmission(): void;
  stats(): LimiterStats;
}

/** Fail-open bookkeeping: one warning when the store goes away, one line when limits apply again. */
export function createLimiterHealth(logger: Logger): LimiterHealth {
  const state: LimiterStats = { degradedAdmissions: 0, outages: 0, degraded: false, lastError: null };
  return {
    failed(error) {
      state.lastError = error instanceof Error ? error.message : String(error);
      if (state.degraded) return;
      state.degraded = true;
      state.outages += 1;
      logger.warn(
        { err: state.lastError },
        'state store unreachable: limits and quotas are not enforced until it returns',
      );
    },
    succeeded() {
      if (!state.degraded) return;
      state.degraded = false;
      logger.warn(
        { degradedAdmissions: state.degradedAdmissions },
        'state store reachable again: limits and quotas are enforced',
      );
    },
    countDegradedAdmission() {
      state.degradedAdmissions += 1;
    },
    stats: () => ({ ...state }),
  };
}
