export type StoreBreakerState = 'closed' | 'open' | 'half-open';

export interface StoreBreakerOptions {
  /** Consecutive failures (timeouts, connection errors) that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker skips the store before one call probes it. */
  openMs: number;
  now: () => number;
  onChange?: (state: StoreBreakerState, lastError: string | null) => void;
}

export interface StoreHealth {
  state: StoreBreakerState;
  consecutiveFailures: number;
  /** Since start: operations that took longer than the timeout. */
  timeouts: number;
  /** Since start: operations not even tried because the breaker was open. */
  skipped: number;
  /** Since start: how often the breaker opened. */
  opened: number;
  lastError: string | null;
}

/**
 * closed → open after `failureThreshold` consecutive failures; open: every call is refused at
 * once for `openMs`; then one call goes through as a probe (half-open, others still refused):
 * success closes the breaker, failure opens it again.
 */
export function createStoreBreaker(options: StoreBreakerOptions) {
  const health: StoreHealth = {
    state: 'closed',
    consecutiveFailures: 0,
    timeouts: 0,
    skipped: 0,
    opened: 0,
    lastError: null,
  };
  let openUntil = 0;
  let probing = false;

  const move = (state: StoreBreakerState) => {
    if (health.state === state) return;
    health.state = state;
    options.onChange?.(state, health.lastError);
  };

  return {
    /** Whether a call may go to the store now; false counts as skipped. */
    admit(): boolean {
      if (health.state === 'closed') return true;
      if (health.state === 'open' && options.now() >= openUntil) move('half-open');
      if (health.state === 'half-open' && !probing) {
        probing = true;
        return true;
      }
      health.skipped++;
      return false;
    },
    succeeded(): void {
      probing = false;
      health.consecutiveFailures = 0;
      move('closed');
    },
    failed(error: string, timedOut: boolean): void {
      probing = false;
      health.lastError = error;
      health.consecutiveFailures++;
      if (timedOut) health.timeouts++;
      if (health.state === 'half-open' || health.consecutiveFailures >= options.failureThreshold) {
        openUntil = options.now() + options.openMs;
        if (health.state !== 'open') health.opened++;
        move('open');
      }
    },
    health: (): StoreHealth => ({ ...health }),
  };
}
