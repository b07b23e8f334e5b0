import type { Kysely } from 'kysely';
import { ledgerSpendBuckets, sumLedgerSpend } from '../db/queries/ledger-spend.js';
import type { Database } from '../db/schema.js';
import { usdToNano } from '../pricing/usd-to-nano.js';
import type { BudgetRef, StateStore } from '../state/state-store.js';
import { type LimitSubject, SPEND_LIMIT_KINDS } from './limit-kinds.js';
import { limiterKeys } from './limiter-keys.js';
import type { LimitedSubject } from './plan-admission.js';
import { type SpendWindow, spendWindow, type WindowClock } from './spend-windows.js';

export interface RebuildSpendInput {
  store: StateStore;
  db: Kysely<Database>;
  /** Users, keys and providers whose spend limits need their counters. */
  subjects: readonly LimitedSubject[];
  /** Each subject's last admin reset (epoch ms), by {@link subjectResetKey}. */
  resets: ReadonlyMap<string, number>;
  clock: WindowClock;
}

export const subjectResetKey = (subject: LimitSubject) => `${subject.kind}:${subject.id}`;

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

async function restoreWindow(
  input: RebuildSpendInput,
  subject: LimitSubject,
  window: SpendWindow,
  since: number | null,
) {
  const { store, db, clock } = input;
  const range = { dimension: subject.kind, id: subject.id, to: new Date(clock.now) };
  const ref: BudgetRef = window.ref;
  if (ref.mode === 'fixed') {
    const usd = await sumLedgerSpend(db, { ...range, from: since === null ? null : new Date(since) });
    await store.set(ref.key, String(usdToNano(usd)), ref.ttlMs);
    return;
  }
  const buckets = await ledgerSpendBuckets(db, { ...range, from: new Date(since ?? 0), bucketMs: ref.bucketMs });
  await store.delete(ref.key);
  // a bucket is restored by "settling" its amount at its own start time: the same bucket arithmetic as live traffic
  for (const bucket of buckets)
    await store.settle({
      admittedAt: bucket.start,
      budgets: [ref],
      reservedNano: 0,
      actualNano: usdToNano(bucket.usd),
    });
}

/**
 * Writes every spend counter of the given subjects from the ledger, as live traffic would have
 * left them: each configured window (5 h, day, week, month under the subject's modes, and total)
 * holds what the request log says was spent in it since the later of its start and the subject's
 * last admin reset; the reset time itself is put back for "total since …". Values are set, not
 * added, so running it twice is harmless. Returns how many counters were written.
 */
export async function rebuildSpendCounters(input: RebuildSpendInput): Promise<number> {
  let counters = 0;
  for (const { subject, limits } of input.subjects) {
    const resetAt = input.resets.get(subjectResetKey(subject)) ?? null;
    if (resetAt !== null) await input.store.set(limiterKeys.resetAt(subject), String(resetAt), null);
    for (const kind of SPEND_LIMIT_KINDS) {
      if (limits[kind] === null) continue;
      const window = spendWindow(subject, kind, limits, input.clock);
      await restoreWindow(input, subject, window, later(window.startAt, resetAt));
      counters++;
    }
  }
  return counters;
}
