import { type Kysely, sql } from 'kysely';

/**
 * Timeouts, hangs and connection resets now count toward a provider's circuit breaker by default:
 * a hung provider used to cost every request its full timeout without ever opening. Providers
 * still on the old default (false) move to the new one; the setting stays per provider.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update providers
    set circuit_breaker = jsonb_set(circuit_breaker, '{countNetworkErrors}', 'true'::jsonb)
    where circuit_breaker->>'countNetworkErrors' = 'false'
  `.execute(db);
}

export async function down(): Promise<void> {
  // not reversible: which providers had chosen `false` on purpose is not recorded
}
