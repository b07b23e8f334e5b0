import type { Bucket, StatsPoint } from '../../api/stats';

const HOUR_MS = 3_600_000;
const STEP_MS = { hour: HOUR_MS, day: 24 * HOUR_MS } as const;
/** Day buckets start at midnight in the gateway's time zone; DST moves them by up to an hour. */
const TOLERANCE_MS = { hour: HOUR_MS / 2, day: 3 * HOUR_MS } as const;

export interface ChartPoint {
  at: number;
  requests: number;
  errors: number;
  cost: number;
  inputTokens: number;
  outputTokens: number;
  cacheTokens: number;
}

function toChartPoint(point: StatsPoint): ChartPoint {
  return {
    at: Date.parse(point.at),
    requests: point.requests,
    errors: point.errors,
    cost: Number(point.costUsd),
    inputTokens: point.inputTokens,
    outputTokens: point.outputTokens,
    cacheTokens: point.cacheReadTokens + point.cacheWriteTokens,
  };
}

const empty = (at: number): ChartPoint => ({
  at,
  requests: 0,
  errors: 0,
  cost: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheTokens: 0,
});

/**
 * The API returns only buckets with traffic; a chart needs the quiet ones too. Steps from the last
 * bucket back to the start of the range and fills every missing bucket with zeros.
 */
export function fillBuckets(
  points: readonly StatsPoint[],
  range: { from: string; to: string },
  bucket: Bucket,
): ChartPoint[] {
  const step = STEP_MS[bucket];
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const known = points.map(toChartPoint);
  const last = known.at(-1)?.at ?? Math.floor(to / step) * step;
  const anchors: number[] = [];
  // A bucket belongs to the range when its last hourly rollup does (the API reads hours >= from).
  for (let at = last; at + step - HOUR_MS >= from; at -= step) anchors.unshift(at);
  const filled = anchors.map((at) => known.find((p) => Math.abs(p.at - at) < TOLERANCE_MS[bucket]) ?? empty(at));
  // Keep any point the stepping missed (should not happen, but never drop data).
  const extra = known.filter((p) => !filled.includes(p));
  return [...filled, ...extra].sort((a, b) => a.at - b.at);
}
