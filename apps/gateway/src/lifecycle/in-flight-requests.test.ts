import { afterEach, describe, expect, it } from 'vitest';
import { InFlightRequests, isShutdownCut } from './in-flight-requests.js';

describe('InFlightRequests', () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  it('cuts every running request with a ShutdownCut, without a listener-leak warning', async () => {
    process.on('warning', onWarning);
    const inFlight = new InFlightRequests();
    const controllers = Array.from({ length: 100 }, () => new AbortController());
    for (const controller of controllers) inFlight.enter(controller);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');

    inFlight.cut();
    expect(controllers.every((controller) => isShutdownCut(controller.signal))).toBe(true);
  });

  it('leaves alone a request whose answer is over, though it has not settled yet', () => {
    const inFlight = new InFlightRequests();
    const answered = new AbortController();
    const running = new AbortController();
    inFlight.enter(answered);
    inFlight.enter(running);
    inFlight.finished(answered);
    inFlight.cut();
    expect(answered.signal.aborted).toBe(false);
    expect(isShutdownCut(running.signal)).toBe(true);
    expect(inFlight.size).toBe(2);
  });

  it('says idle once the last request leaves, and not idle when the wait runs out first', async () => {
    const inFlight = new InFlightRequests();
    inFlight.enter(new AbortController());
    inFlight.enter(new AbortController());
    expect(await inFlight.whenIdle(20)).toBe(false);
    const idle = inFlight.whenIdle(1_000);
    inFlight.leave();
    inFlight.leave();
    expect(await idle).toBe(true);
    expect(inFlight.size).toBe(0);
  });
});
