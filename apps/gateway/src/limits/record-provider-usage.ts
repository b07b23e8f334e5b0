import {
  type CheckClock,
  type LimitedSubject,
  type Limits,
  planUsageRecord,
  type Provider,
  type StateStore,
} from '@cch/core';
import { hasAnyLimit } from './provider-limit-view.js';

export interface ProviderUsage {
  requestId: string;
  sessionId: string | null;
  /** Providers tried; each used one request of its RPM. */
  attempted: readonly Provider[];
  /** The provider that answered: it also holds the session and is billed the actual cost. */
  served: Provider | null;
  actualNano: number;
}

const REQUESTS_ONLY: Partial<Limits> = {
  concurrentSessions: null,
  usd5h: null,
  usdDaily: null,
  usdWeekly: null,
  usdMonthly: null,
  usdTotal: null,
};

/**
 * Adds a finished request to the windows of every provider with limits, in one atomic store call.
 * Provider limits never refuse (they take a provider out of selection), so this records after
 * the fact. Returns whether anything was recorded.
 */
export async function recordProviderUsage(
  store: StateStore,
  usage: ProviderUsage,
  clock: CheckClock,
): Promise<boolean> {
  const byId = new Map([...usage.attempted, ...(usage.served ? [usage.served] : [])].map((p) => [p.id, p]));
  const subjects: LimitedSubject[] = [];
  for (const provider of byId.values()) {
    if (!hasAnyLimit(provider.limits)) continue;
    const limits = provider.id === usage.served?.id ? provider.limits : { ...provider.limits, ...REQUESTS_ONLY };
    subjects.push({ subject: { kind: 'provider', id: provider.id }, limits });
  }
  if (subjects.length === 0) return false;
  const record = planUsageRecord({
    subjects,
    clock,
    sessionId: usage.sessionId,
    requestId: usage.requestId,
    amountNano: usage.actualNano,
  });
  await store.admit(record.request);
  return true;
}
