import { describe, expect, it } from 'vitest';
import { bucketState, combinedState, uptimePercent } from './bucket-state.js';

const quiet = { probes: 0, probeFailures: 0, probeLatencyMs: null, requests: 0, failures: 0 };

describe('bucket state', () => {
  it('is none without data, up when probes and traffic are fine', () => {
    expect(bucketState(quiet, 1000)).toBe('none');
    expect(bucketState({ ...quiet, probes: 1, probeLatencyMs: 200, requests: 50, failures: 1 }, 1000)).toBe('up');
  });

  it('is degraded for a slow probe, one failed probe of several, or more than 5 % failed attempts', () => {
    expect(bucketState({ ...quiet, probes: 1, probeLatencyMs: 1500 }, 1000)).toBe('degraded');
    expect(bucketState({ ...quiet, probes: 3, probeFailures: 1, probeLatencyMs: 100 }, 1000)).toBe('degraded');
    expect(bucketState({ ...quiet, requests: 10, failures: 2 }, 1000)).toBe('degraded');
  });

  it('is down when half the probes or attempts failed, whatever the other source says', () => {
    expect(bucketState({ ...quiet, probes: 1, probeFailures: 1, requests: 100 }, 1000)).toBe('down');
    expect(bucketState({ ...quiet, probes: 1, probeLatencyMs: 100, requests: 4, failures: 2 }, 1000)).toBe('down');
  });

  it('combines a group: down only when every member with data is down', () => {
    expect(combinedState(['down', 'none'])).toBe('down');
    expect(combinedState(['down', 'up'])).toBe('degraded');
    expect(combinedState(['up', 'up', 'none'])).toBe('up');
    expect(combinedState(['none'])).toBe('none');
  });

  it('counts uptime over buckets with data, degraded as up', () => {
    expect(uptimePercent(['none', 'none'])).toBeNull();
    expect(uptimePercent(['up', 'degraded', 'down', 'none'])).toBe(66.67);
  });
});
