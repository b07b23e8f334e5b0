import type { Limits } from '../domain/limits.js';
import type { StateStore } from '../state/state-store.js';
import type { LimitSubject } from './limit-kinds.js';
import { limiterKeys } from './limiter-keys.js';
import { everySpendWindow, type WindowClock } from './spend-windows.js';

/**
 * An admin's "reset usage": clears the subject's current spend windows (5 h, day, week, month,
 * under either mode) and its total, and remembers when, so "total" reads as "since <reset>".
 * RPM and live sessions are left alone. A request in flight across the reset settles into the
 * cleared counters (floored at zero), so at most its reservation is forgiven.
 */
export async function resetUsage(
  store: StateStore,
  subject: LimitSubject,
  limits: Limits,
  clock: WindowClock,
): Promise<void> {
  const keys = [...new Set(everySpendWindow(subject, limits, clock).map((window) => window.ref.key))];
  await Promise.all(keys.map((key) => store.delete(key)));
  await store.set(limiterKeys.resetAt(subject), String(clock.now), null);
}
