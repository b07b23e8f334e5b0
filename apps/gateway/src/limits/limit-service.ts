import {
  type AdmissionPlan,
  type ApiKey,
  type ConfigCache,
  describeRefusal,
  isEmptyPlan,
  type LimitedSubject,
  type LimitSubject,
  planAdmission,
  readUsage,
  type Refusal,
  type RefusalDetails,
  resetUsage,
  type SettleRequest,
  type StateStore,
  type SubjectUsage,
  type User,
} from '@cch/core';
import type { Logger } from 'pino';
import { createLimiterHealth, type LimiterStats } from './limiter-health.js';
import { createProviderLimitView } from './provider-limit-view.js';
import { type ProviderUsage, recordProviderUsage } from './record-provider-usage.js';

export interface LimitServiceDeps {
  store: StateStore;
  cache: ConfigCache;
  logger: Logger;
  now: () => number;
  /** Read at each use: the time zone is a runtime setting that an admin changes live. */
  timeZone: () => string;
  sessionTtlMs: () => number;
}

export interface AdmitInput {
  user: User;
  key: ApiKey;
  sessionId: string | null;
  requestId: string;
  estimateNano: number;
}

/** What settlement needs later; `degraded`: admitted unchecked while the store was unreachable. */
export interface Admission {
  settlement: Omit<SettleRequest, 'actualNano'>;
  degraded: boolean;
}

export type AdmitOutcome =
  | { admitted: true; admission: Admission | null }
  | { admitted: false; refusal: RefusalDetails };

export interface SettleInput extends ProviderUsage {
  admission: Admission | null;
}

/**
 * Limits and quotas (§6) for one gateway process: admission, settlement, provider view, readout,
 * reset, fail-open stats.
 */
export interface LimitService {
  admit(input: AdmitInput): Promise<AdmitOutcome>;
  settle(input: SettleInput): Promise<void>;
  isProviderExhausted(providerId: string, forBoundSession?: boolean): boolean;
  /** Every configured limit of a user, key or provider with its usage; null for an unknown subject. */
  readUsage(subject: LimitSubject): Promise<SubjectUsage | null>;
  /** Usage of many subjects in one batch of store reads (unknown subjects are left out). */
  readUsageOfMany(subjects: readonly LimitSubject[]): Promise<SubjectUsage[]>;
  /** Clears a user's or key's spend windows and total (as of `at`, default now); false for an unknown subject. */
  resetUsage(subject: LimitSubject & { kind: 'user' | 'key' }, at?: number): Promise<boolean>;
  refreshProviders(): Promise<void>;
  stats(): LimiterStats;
}

export function createLimitService(deps: LimitServiceDeps): LimitService {
  const { store, cache, now } = deps;
  const clock = (at: number) => ({ now: at, timeZone: deps.timeZone(), sessionTtlMs: deps.sessionTtlMs() });
  const health = createLimiterHealth(deps.logger);
  const providerView = createProviderLimitView({
    store,
    providers: () => cache.current().providers,
    now,
    timeZone: deps.timeZone,
    sessionTtlMs: deps.sessionTtlMs,
    health,
  });

  function findSubject(subject: LimitSubject): LimitedSubject | null {
    const snapshot = cache.current();
    const found =
      subject.kind === 'user'
        ? snapshot.userById.get(subject.id)
        : subject.kind === 'key'
          ? snapshot.keys.find((k) => k.id === subject.id)
          : snapshot.providerById.get(subject.id);
    return found ? { subject, limits: found.limits } : null;
  }

  /** When the first live session of the refusing subject expires (one extra read, on refusals only). */
  async function firstSessionExpiry(plan: AdmissionPlan, refusal: Refusal): Promise<number | null> {
    if (refusal.kind !== 'slot') return null;
    const slot = plan.request.slots[refusal.index];
    if (!slot) return null;
    const live = await store.zrangeAbove(slot.key, plan.request.now, refusal.current + 1).catch(() => []);
    return live.length > 0 ? Math.min(...live.map((m) => m.score)) : null;
  }

  return {
    async admit(input) {
      const at = now();
      const plan = planAdmission({
        user: input.user,
        key: input.key,
        ...clock(at),
        sessionId: input.sessionId,
        requestId: input.requestId,
        estimateNano: input.estimateNano,
      });
      if (isEmptyPlan(plan)) return { admitted: true, admission: null };
      try {
        const result = await store.admit(plan.request);
        health.succeeded();
        if (result.admitted) return { admitted: true, admission: { settlement: plan.settlement, degraded: false } };
        const slotFreesAt = await firstSessionExpiry(plan, result.refusal);
        return {
          admitted: false,
          refusal: describeRefusal(plan, result.refusal, { now: at, timeZone: deps.timeZone(), slotFreesAt }),
        };
      } catch (error) {
        health.failed(error);
        health.countDegradedAdmission();
        return { admitted: true, admission: { settlement: { ...plan.settlement, reservedNano: 0 }, degraded: true } };
      }
    },

    async settle(input) {
      const { admission } = input;
      const jobs: Promise<void>[] = [
        recordProviderUsage(store, input, clock(now())).then((recorded) =>
          recorded ? providerView.refresh() : undefined,
        ),
      ];
      // A degraded admission reserved nothing; its actual cost still counts if the store is back.
      if (admission && admission.settlement.budgets.length > 0)
        jobs.push(store.settle({ ...admission.settlement, actualNano: input.actualNano }));
      const results = await Promise.allSettled(jobs);
      const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) health.failed(failure.reason);
    },

    isProviderExhausted: (providerId, forBoundSession) => providerView.isExhausted(providerId, forBoundSession),
    refreshProviders: () => providerView.refresh(),

    async readUsageOfMany(subjects) {
      const found = subjects.map(findSubject).filter((subject) => subject !== null);
      if (found.length === 0) return [];
      return readUsage(store, found, clock(now()));
    },
    async readUsage(subject) {
      const found = findSubject(subject);
      if (!found) return null;
      const [usage] = await readUsage(store, [found], clock(now()));
      return usage ?? null;
    },

    async resetUsage(subject, at = now()) {
      const found = findSubject(subject);
      if (!found) return false;
      await resetUsage(store, subject, found.limits, { now: at, timeZone: deps.timeZone() });
      deps.logger.info({ subject }, 'usage reset');
      return true;
    },

    stats: () => health.stats(),
  };
}
