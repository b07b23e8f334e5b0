/** Sessions remembered at most; past this the memory starts over (a refresh is only skipped, never lost). */
const MAX_REMEMBERED = 10_000;
/** A binding's TTL is refreshed at most this often per replica… */
const MAX_REFRESH_INTERVAL_MS = 1_000;
/** …and at least ten times per TTL, so a skipped refresh costs under a tenth of it. */
const REFRESHES_PER_TTL = 10;

/**
 * Whether a successful request must write its session binding (provider + sliding TTL) and
 * last-seen time to the store, or whether this replica wrote the same binding moments ago. A
 * conversation sends requests in bursts (a tool loop is many requests a second), and each write
 * would only push the TTL forward by milliseconds. A new or changed binding is always written.
 */
export function createSessionRefresh() {
  const written = new Map<string, { providerId: string; at: number }>();
  return {
    due(sessionId: string, providerId: string, now: number, ttlMs: number): boolean {
      const last = written.get(sessionId);
      const interval = Math.min(MAX_REFRESH_INTERVAL_MS, ttlMs / REFRESHES_PER_TTL);
      if (last && last.providerId === providerId && now - last.at < interval) return false;
      if (!last && written.size >= MAX_REMEMBERED) written.clear();
      written.set(sessionId, { providerId, at: now });
      return true;
    },
    /** The binding was dropped or may have changed: the next success writes it again. */
    forget(sessionId: string): void {
      written.delete(sessionId);
    },
  };
}
