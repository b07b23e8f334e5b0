import { describe, expect, it } from 'vitest';
import type { StatsPoint } from '../../api/stats';
import { fillBuckets } from './fill-buckets';

const point = (at: string, requests: number): StatsPoint => ({
  at,
  requests,
  errors: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd: '0.5',
  avgDurationMs: 0,
});

describe('fillBuckets', () => {
  it('adds zero buckets for quiet hours across the whole range', () => {
    const range = { from: '2026-01-01T00:30:00.000Z', to: '2026-01-01T05:30:00.000Z' };
    const filled = fillBuckets(
      [point('2026-01-01T02:00:00.000Z', 3), point('2026-01-01T05:00:00.000Z', 1)],
      range,
      'hour',
    );
    expect(filled.map((p) => new Date(p.at).toISOString().slice(11, 13))).toEqual(['01', '02', '03', '04', '05']);
    expect(filled.map((p) => p.requests)).toEqual([0, 3, 0, 0, 1]);
    expect(filled[1]?.cost).toBe(0.5);
  });

  it('keeps day buckets that are an hour off after a DST change', () => {
    const range = { from: '2026-03-27T00:00:00.000Z', to: '2026-03-30T12:00:00.000Z' };
    const filled = fillBuckets(
      [point('2026-03-28T23:00:00.000Z', 2), point('2026-03-29T22:00:00.000Z', 4)],
      range,
      'day',
    );
    // The range starts inside the 26th-22:00 day bucket, so that bucket is shown too.
    expect(filled.map((p) => p.requests)).toEqual([0, 0, 2, 4]);
  });
});
