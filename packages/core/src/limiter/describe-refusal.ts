import type { AdmitResult } from '../state/state-store.js';
import { isSpendLimit, limitName, type WindowShape } from './limit-kinds.js';
import { nanoToUsd } from './nano-usd.js';
import type { AdmissionPlan } from './plan-admission.js';
import type { CheckOrigin } from './subject-checks.js';
import { formatZonedIso } from './zoned-time.js';

export type Refusal = Extract<AdmitResult, { admitted: false }>['refusal'];

/** A refusal as the proxy renders it: GatewayError code, public message and headers. */
export interface RefusalDetails {
  code: 'rate_limited' | 'concurrency_limited' | 'spend_limited';
  origin: CheckOrigin;
  /** "user daily USD limit" */
  name: string;
  /** Counts as integers, money as USD decimal strings. */
  current: string;
  limit: string;
  remaining: string;
  resetAt: number | null;
  retryAfterSeconds: number | null;
  message: string;
  /** Retry-After and X-RateLimit-Limit / -Remaining / -Reset (seconds until reset), lower-case. */
  headers: Record<string, string>;
}

export interface DescribeRefusalOptions {
  now: number;
  timeZone: string;
  /** For a session refusal: when the first live session expires, if the caller looked it up. */
  slotFreesAt?: number | null;
}

const RESET_VERB = {
  sliding: 'Frees up at',
  live: 'Frees up at',
  rolling: 'Fully frees up by',
  fixed: 'Resets at',
  total: 'Resets at',
} as const satisfies Record<WindowShape, string>;

function originOf(plan: AdmissionPlan, refusal: Refusal): CheckOrigin {
  const list =
    refusal.kind === 'rate' ? plan.origins.rates : refusal.kind === 'slot' ? plan.origins.slots : plan.origins.budgets;
  const origin = list[refusal.index];
  if (!origin) throw new RangeError(`refusal of ${refusal.kind} check ${refusal.index} is not in the plan`);
  return origin;
}

function resetAtOf(origin: CheckOrigin, refusal: Refusal, options: DescribeRefusalOptions): number | null {
  if (refusal.kind === 'rate' && refusal.oldestAt !== null) return refusal.oldestAt + 60_000;
  if (refusal.kind === 'slot' && options.slotFreesAt) return options.slotFreesAt;
  return origin.resetAt;
}

function amounts(
  origin: CheckOrigin,
  current: number,
): { current: string; limit: string; remaining: string; unit: (v: string) => string } {
  const remaining = Math.max(0, origin.max - current);
  if (isSpendLimit(origin.limit)) {
    return {
      current: nanoToUsd(current),
      limit: nanoToUsd(origin.max),
      remaining: nanoToUsd(remaining),
      unit: (v) => `$${v}`,
    };
  }
  const noun = origin.limit === 'rpm' ? 'requests in the last 60 s' : 'sessions active';
  return {
    current: String(current),
    limit: String(origin.max),
    remaining: String(remaining),
    unit: (v) => `${v} ${noun}`,
  };
}

/** Names the limit, its current value and limit, and when it resets; builds the rate-limit headers. */
export function describeRefusal(
  plan: AdmissionPlan,
  refusal: Refusal,
  options: DescribeRefusalOptions,
): RefusalDetails {
  const origin = originOf(plan, refusal);
  const name = limitName(origin.subject, origin.limit);
  const resetAt = resetAtOf(origin, refusal, options);
  const retryAfterSeconds = resetAt === null ? null : Math.max(1, Math.ceil((resetAt - options.now) / 1000));
  const value = amounts(origin, refusal.current);
  const used = isSpendLimit(origin.limit)
    ? `${value.unit(value.current)} used of ${value.unit(value.limit)}`
    : `${value.current} of ${value.unit(value.limit)}`;
  const when =
    resetAt === null
      ? 'It resets only when an administrator resets the usage.'
      : `${RESET_VERB[origin.shape]} ${formatZonedIso(resetAt, options.timeZone)} (in ${retryAfterSeconds} s).`;
  const headers: Record<string, string> = {
    'x-ratelimit-limit': value.limit,
    'x-ratelimit-remaining': value.remaining,
  };
  if (retryAfterSeconds !== null) {
    headers['retry-after'] = String(retryAfterSeconds);
    headers['x-ratelimit-reset'] = String(retryAfterSeconds);
  }
  return {
    code: refusal.kind === 'rate' ? 'rate_limited' : refusal.kind === 'slot' ? 'concurrency_limited' : 'spend_limited',
    origin,
    name,
    current: value.current,
    limit: value.limit,
    remaining: value.remaining,
    resetAt,
    retryAfterSeconds,
    headers,
    message: `${name.charAt(0).toUpperCase()}${name.slice(1)} reached: ${used}. ${when}`,
  };
}
