import type { Notifier } from './notifier.js';

const HOUR_MS = 3_600_000;

/** The source without credentials or query (a sync URL may carry a token). */
function describeSource(source: string): string {
  try {
    const url = new URL(source);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return source;
  }
}

/** A failed scheduled price sync as a notification: every replica syncs, one message per hour. */
export function notifyPriceSyncFailed(notifier: Notifier, source: string, now: () => number) {
  return (reason: string): void => {
    const at = now();
    void notifier.emit(
      { kind: 'price_sync_failed', at, source: describeSource(source), reason: reason.slice(0, 500) },
      { occurrence: String(Math.floor(at / HOUR_MS)), occurrenceTtlMs: 2 * HOUR_MS },
    );
  };
}
