import { setMaxListeners } from 'node:events';

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
 */
export class InFlightRequests {
  private count = 0;
  private readonly cutController = InFlightRequests.unboundedController();
  private waiters: (() => void)[] = [];

  /** Every request in flight listens on the cut signal: more than ten is the normal case, not a leak. */
  private static unboundedController(): AbortController {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    return controller;
  }

  /** Aborted when running requests are to be cut. */
  get cutSignal(): AbortSignal {
    return this.cutController.signal;
  }

  get size(): number {
    return this.count;
  }

  enter(): void {
    this.count++;
  }

  leave(): void {
    this.count--;
    if (this.count > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  cut(): void {
    this.cutController.abort(new ShutdownCut());
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
