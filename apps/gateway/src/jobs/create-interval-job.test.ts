import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIntervalJob, type IntervalJob } from './create-interval-job.js';

describe('createIntervalJob', () => {
  let job: IntervalJob | undefined;
  afterEach(async () => {
    await job?.stop();
    vi.useRealTimers();
  });

  it('runs after the initial delay, then every interval, and keeps going after a failure', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    job = createIntervalJob({
      name: 't',
      initialDelayMs: 100,
      intervalMs: 1_000,
      onError: (e) => errors.push(e),
      run: async () => {
        runs += 1;
        if (runs === 2) throw new Error('boom');
      },
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error('boom')]);
  });

  it('never overlaps runs; stop aborts the running one and waits for it', async () => {
    let release: () => void = () => undefined;
    let seenAbort = false;
    let starts = 0;
    job = createIntervalJob({
      name: 't',
      initialDelayMs: 60_000,
      intervalMs: 60_000,
      onError: () => undefined,
      run: (signal) =>
        new Promise<void>((resolve) => {
          starts += 1;
          release = resolve;
          signal.addEventListener('abort', () => {
            seenAbort = true;
            resolve();
          });
        }),
    });
    const first = job.runNow();
    const second = job.runNow();
    expect(second).toBe(first);
    expect(starts).toBe(1);
    await job.stop();
    expect(seenAbort).toBe(true);
    await job.runNow();
    expect(starts).toBe(1);
    release();
  });
});
