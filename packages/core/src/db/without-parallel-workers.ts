import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * Runs a statistics read in a transaction whose plans start no parallel workers. The gateway's
 * rollup reads scan at most a month of hourly rows (tens of thousands), where starting workers
 * costs more than the scan: a month's totals take 94 ms with them and 16 ms without on a 2-core
 * server (bench/rollup-bench.ts).
 *
 * `SET LOCAL` ends with the transaction, so this holds behind a transaction-mode pooler such as
 * PgBouncer, where consecutive statements of one client may run on different server connections
 * and a session setting (or the `options` startup parameter, which PgBouncer refuses) cannot be
 * relied on. The cost is one extra round trip per read, on admin pages only.
 */
export function withoutParallelWorkers<T>(
  db: Kysely<Database>,
  read: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    return read(trx);
  });
}
