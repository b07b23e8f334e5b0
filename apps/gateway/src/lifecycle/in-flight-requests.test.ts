import { afterEach, describe, expect, it } from 'vitest';
import { InFlightRequests, isShutdownCut } from './in-flight-requests.js';

describe('InFlightRequests', () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  it('lets a hundred requests listen for the cut without a listener-leak warning, and cuts them all', async () => {
    process.on('warning', onWarning);
    const inFlight = new InFlightRequests();
    const cutSignals: AbortSignal[] = [];
    for (let i = 0; i < 100; i++) {
      inFlight.enter();
      const controller = new AbortController();
      inFlight.cutSignal.addEventListener('abort', () => controller.abort(inFlight.cutSignal.reason), { once: true });
      cutSignals.push(controller.signal);
    }
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');

    inFlight.cut();
    expect(cutSignals.every(isShutdownCut)).toBe(true);
  });

  it('says idle once the last request leaves, and not idle when the wait runs out first', async () => {
    const inFlight = new InFlightRequests();
    inFlight.enter();
    inFlight.enter();
    expect(await inFlight.whenIdle(20)).toBe(false);
    const idle = inFlight.whenIdle(1_000);
    inFlight.leave();
    inFlight.leave();
    expect(await idle).toBe(true);
    expect(inFlight.size).toBe(0);
  });
});
