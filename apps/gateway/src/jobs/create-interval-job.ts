export interface IntervalJobOptions {
  name: string;
  /** Time between the end of one run and the start of the next. */
  intervalMs: number;
  /** Time before the first run (default: intervalMs). */
  initialDelayMs?: number;
  /** One run; the signal aborts when the job is stopped. */
  run: (signal: AbortSignal) => Promise<void>;
  onError: (error: unknown) => void;
}

export interface IntervalJob {
  readonly name: string;
  /** Runs now unless a run is already going (then waits for that one). */
  runNow(): Promise<void>;
  /** No further runs; aborts the current one and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * A background job on an unref'd timer: it never keeps the process alive, runs never overlap,
 * a failing run is reported and the schedule goes on.
 */
export function createIntervalJob(options: IntervalJobOptions): IntervalJob {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const schedule = (delayMs: number) => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      timer = null;
      void runNow();
    }, delayMs);
    timer.unref();
  };

  function runNow(): Promise<void> {
    if (running) return running;
    if (controller.signal.aborted) return Promise.resolve();
    if (timer) clearTimeout(timer);
    timer = null;
    running = options
      .run(controller.signal)
      .catch((error: unknown) => options.onError(error))
      .finally(() => {
        running = null;
        schedule(options.intervalMs);
      });
    return running;
  }

  schedule(options.initialDelayMs ?? options.intervalMs);
  return {
    name: options.name,
    runNow,
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
