import { BREAKER_STATUSES } from '@cch/contract';
import type { AdmitResult, BreakerState, BreakerStatus } from './state-store.js';

/** Narrowing of raw ioredis replies (scripts return unknown); a shape mismatch is a bug, so it throws. */

export function asArray(reply: unknown): unknown[] {
  if (!Array.isArray(reply)) throw new TypeError(`Expected an array reply, got ${typeof reply}`);
  return reply;
}

export function asNumber(reply: unknown): number {
  const value = typeof reply === 'string' ? Number(reply) : reply;
  if (typeof value !== 'number' || Number.isNaN(value))
    throw new TypeError(`Expected a numeric reply, got ${String(reply)}`);
  return value;
}

export function asNullableNumber(reply: unknown): number | null {
  return reply === null || reply === undefined ? null : asNumber(reply);
}

export function asString(reply: unknown): string {
  if (typeof reply !== 'string') throw new TypeError(`Expected a string reply, got ${typeof reply}`);
  return reply;
}

function asBreakerStatus(reply: unknown): BreakerStatus {
  const status = BREAKER_STATUSES.find((candidate) => candidate === reply);
  if (!status) throw new TypeError(`Unknown breaker status ${String(reply)}`);
  return status;
}

/** The record-breaker-outcome script's array reply. */
export function breakerFromTuple(reply: unknown): BreakerState {
  const [status, failures, successes, openedAt, openUntil, reason, updatedAt] = asArray(reply);
  return {
    status: asBreakerStatus(status),
    failures: asNumber(failures),
    successes: asNumber(successes),
    openedAt: asNullableNumber(openedAt),
    openUntil: asNullableNumber(openUntil),
    reason: reason === null || reason === undefined ? null : asString(reason),
    updatedAt: asNumber(updatedAt),
  };
}

/** A breaker hash as HGETALL returns it; null when the key is absent. */
export function breakerFromHash(hash: Record<string, string>): BreakerState | null {
  if (hash.status === undefined) return null;
  return breakerFromTuple([
    hash.status,
    hash.failures ?? '0',
    hash.successes ?? '0',
    hash.openedAt ?? null,
    hash.openUntil ?? null,
    hash.reason ?? null,
    hash.updatedAt ?? '0',
  ]);
}

/** The admit script's reply: {1} or {0, kind, index, current, oldestAt|nil}. */
export function admitResultFromReply(reply: unknown): AdmitResult {
  const [ok, kind, index, current, oldestAt] = asArray(reply);
  if (asNumber(ok) === 1) return { admitted: true };
  const refused = { index: asNumber(index), current: asNumber(current) };
  if (kind === 'rate') return { admitted: false, refusal: { kind, ...refused, oldestAt: asNullableNumber(oldestAt) } };
  if (kind === 'slot' || kind === 'budget') return { admitted: false, refusal: { kind, ...refused } };
  throw new TypeError(`Unknown refusal kind ${String(kind)}`);
}
