import type { Limits } from '../domain/limits.js';
import type { AdmitRequest, BudgetRef, SettleRequest } from '../state/state-store.js';
import type { LimitSubject } from './limit-kinds.js';
import { type CheckClock, type CheckOrigin, mergeChecks, subjectChecks, type SubjectChecks } from './subject-checks.js';

/** One `store.admit` for a request, with the origin of every check and what settlement needs later. */
export interface AdmissionPlan {
  request: AdmitRequest;
  /** Parallel to request.rates / slots / budgets: whose limit each check is. */
  origins: { rates: CheckOrigin[]; slots: CheckOrigin[]; budgets: CheckOrigin[] };
  /** Settlement replaces `reservedNano` by the actual cost in these budgets. */
  settlement: Omit<SettleRequest, 'actualNano'>;
}

export interface LimitedSubject {
  subject: LimitSubject;
  limits: Limits;
}

export interface PlanAdmissionInput {
  user: { id: string; limits: Limits };
  key: { id: string; limits: Limits };
  now: number;
  timeZone: string;
  sessionTtlMs: number;
  sessionId: string | null;
  requestId: string;
  /** Estimated cost reserved in every budget until settlement. */
  estimateNano: number;
}

function toPlan(checks: SubjectChecks, now: number, requestId: string, reserveNano: number): AdmissionPlan {
  const budgets: BudgetRef[] = checks.budgets.map(({ check }) =>
    check.mode === 'fixed'
      ? { key: check.key, mode: 'fixed', ttlMs: check.ttlMs }
      : { key: check.key, mode: 'rolling', windowMs: check.windowMs, bucketMs: check.bucketMs },
  );
  const reservedNano = budgets.length > 0 ? reserveNano : 0;
  return {
    request: {
      now,
      requestId,
      reserveNano: reservedNano,
      rates: checks.rates.map((c) => c.check),
      slots: checks.slots.map((c) => c.check),
      budgets: checks.budgets.map((c) => c.check),
    },
    origins: {
      rates: checks.rates.map((c) => c.origin),
      slots: checks.slots.map((c) => c.origin),
      budgets: checks.budgets.map((c) => c.origin),
    },
    settlement: { admittedAt: now, budgets, reservedNano },
  };
}

/**
 * Every configured user and key limit of a request, checked and recorded in one atomic admit (key
 * limits add to user limits).
 */
export function planAdmission(input: PlanAdmissionInput): AdmissionPlan {
  const clock: CheckClock = { now: input.now, timeZone: input.timeZone, sessionTtlMs: input.sessionTtlMs };
  const checks = mergeChecks([
    subjectChecks({ kind: 'user', id: input.user.id }, input.user.limits, clock, input.sessionId),
    subjectChecks({ kind: 'key', id: input.key.id }, input.key.limits, clock, input.sessionId),
  ]);
  return toPlan(checks, input.now, input.requestId, input.estimateNano);
}

/**
 * Records usage that is not up for refusal (a provider's requests, sessions and actual spend):
 * the same windows as an admission, with limits no count can reach, so the admit always succeeds.
 */
export function planUsageRecord(input: {
  subjects: readonly LimitedSubject[];
  clock: CheckClock;
  sessionId: string | null;
  requestId: string;
  amountNano: number;
}): AdmissionPlan {
  const checks = mergeChecks(
    input.subjects.map(({ subject, limits }) => subjectChecks(subject, limits, input.clock, input.sessionId)),
  );
  const unlimited = Number.MAX_SAFE_INTEGER;
  return toPlan(
    {
      rates: checks.rates.map(({ check, origin }) => ({ check: { ...check, limit: unlimited }, origin })),
      slots: checks.slots.map(({ check, origin }) => ({ check: { ...check, limit: unlimited }, origin })),
      budgets: checks.budgets.map(({ check, origin }) => ({ check: { ...check, limitNano: unlimited }, origin })),
    },
    input.clock.now,
    input.requestId,
    input.amountNano,
  );
}

/** A plan with nothing to check needs no store round trip. */
export function isEmptyPlan(plan: AdmissionPlan): boolean {
  const { rates, slots, budgets } = plan.request;
  return rates.length === 0 && slots.length === 0 && budgets.length === 0;
}
