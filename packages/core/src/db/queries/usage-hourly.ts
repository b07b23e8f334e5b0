import { sql, type Kysely } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database } from '../schema.js';

export type UsageDimension = 'user' | 'key' | 'provider';

export interface SumCostQuery {
  dimension: UsageDimension;
  id: string;
  /** Inclusive; rollups are hourly, so an hour counts when it starts at or after `from`. */
  from: Date;
  /** Exclusive: an hour that starts at `to` is not counted. */
  to: Date;
}

const DIMENSION_COLUMN = {
  user: 'userId',
  key: 'keyId',
  provider: 'providerId',
} as const satisfies Record<UsageDimension, string>;

/** Total USD spent by one user, key or provider over a time range, from the hourly rollups. */
export async function sumCost(db: Kysely<Database>, query: SumCostQuery): Promise<string> {
  const row = await db
    .selectFrom('usageHourly')
    .select(sql<string>`coalesce(sum(cost_usd), 0)::text`.as('total'))
    .where(DIMENSION_COLUMN[query.dimension], '=', query.id)
    .where('hour', '>=', query.from)
    .where('hour', '<', query.to)
    .executeTakeFirstOrThrow();
  return normalizeDecimal(row.total);
}
