import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createLimiterHealth } from './limiter-health.js';

describe('limiter health', () => {
  it('warns once per outage, counts degraded admissions, and notices the recovery', () => {
    const logger = pino({ level: 'silent' });
    const warn = vi.spyOn(logger, 'warn');
    const health = createLimiterHealth(logger);
    health.succeeded();
    for (let i = 0; i < 3; i++) {
      health.failed(new Error('connect ECONNREFUSED'));
      health.countDegradedAdmission();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(health.stats()).toEqual({
      degradedAdmissions: 3,
      outages: 1,
      degraded: true,
      lastError: 'connect ECONNREFUSED',
    });
    health.succeeded();
    health.succeeded();
    expect(warn).toHaveBeenCalledTimes(2);
    health.failed('again');
    expect(health.stats()).toMatchObject({ outages: 2, degraded: true, lastError: 'again' });
  });
});
