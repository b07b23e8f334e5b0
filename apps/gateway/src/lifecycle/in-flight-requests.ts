/** Why a request in flight was stopped: the gateway is shutting down and its grace period is over. */
export class ShutdownCut extends Error {
  constructor() {
    super('the gateway is shutting down');
    this.name = 'ShutdownCut';
  }
}

export function isShutdownCut(signal: AbortSignal): boolean {
  return signal.aborted && signal.reason instanceof ShutdownCut;
}

/**
 * The proxy requests in flight, so that shutdown can wait for them to settle (their log rows
 * queued) and, once the grace period is over, cut the ones still running: each then ends with
 * its protocol's error and settles like any failed request, instead of a bare TCP reset.
 * A running request is tracked by its own abort controller (a set entry, where a listener on a
 * shared signal would cost two EventTarget calls per request).
 */
export class InFlightRequests {
  private count = 0;
  private readonly running = new Set<AbortController>();
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  /** A request starts; `controller` is aborted with a {@link ShutdownCut} if it is still running at the cut. */
  enter(controller: AbortController): void {
    this.count++;
    this.running.add(controller);
  }

  /** The request's answer is over: nothing left to cut, but it has not settled yet. */
  finished(controller: AbortController): void {
    this.running.delete(controller);
  }

  /** The request has settled (its log row is queued). */
  leave(): void {
    this.count--;
    if (this.count > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  cut(): void {
    const reason = new ShutdownCut();
    for (const controller of this.running) controller.abort(reason);
    this.running.clear();
  }

  /** Resolves true once no request is in flight, false when `timeoutMs` passes first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }
}
