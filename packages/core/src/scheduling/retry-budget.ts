export interface RetryBudgetOptions {
  /** Retries may be at most this share of the requests in flight (0.2 = 20 %). */
  ratio: number;
  /** …but this many concurrent retries are always allowed, so a quiet gateway still retries. */
  minConcurrent: number;
}

/**
 * A gateway-wide cap on retries (Envoy's retry budget): while many requests are failing, retries
 * are limited to a share of the live requests, so a failing provider cannot multiply the load on
 * everything behind it. Per process; each replica keeps its own.
 */
export interface RetryBudget {
  /** A request starts forwarding; call the returned function when it ends. */
  enter(): () => void;
  /** Asks for one retry (any attempt after a request's first); the returned function ends it. Null: denied. */
  acquire(): (() => void) | null;
  stats(): { active: number; retrying: number; denied: number };
}

export function createRetryBudget(options: RetryBudgetOptions): RetryBudget {
  let active = 0;
  let retrying = 0;
  let denied = 0;
  const once = (release: () => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  return {
    enter() {
      active++;
      return once(() => active--);
    },
    acquire() {
      const allowed = Math.max(options.minConcurrent, Math.floor(active * options.ratio));
      if (retrying >= allowed) {
        denied++;
        return null;
      }
      retrying++;
      return once(() => retrying--);
    },
    stats: () => ({ active, retrying, denied }),
  };
}
