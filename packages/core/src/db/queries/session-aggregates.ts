import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database } from '../schema.js';

/** Who a session belongs to: it matches when any of its logged requests does. */
export interface SessionFilters {
  userId?: string;
  keyId?: string;
  providerId?: string;
}

export interface SessionAggregate {
  sessionId: string;
  userId: string | null;
  keyId: string | null;
  providerId: string | null;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

function matches(filters: SessionFilters): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (filters.userId !== undefined) out.push(sql<SqlBool>`bool_or(user_id = ${filters.userId})`);
  if (filters.keyId !== undefined) out.push(sql<SqlBool>`bool_or(key_id = ${filters.keyId})`);
  if (filters.providerId !== undefined) out.push(sql<SqlBool>`bool_or(provider_id = ${filters.providerId})`);
  return out;
}

/**
 * Per-session totals from the request log for the given sessions (the latest request's user, key
 * and provider; counts, tokens, cost; first and last logged request). With filters, only sessions
 * of which some request matches are returned.
 */
export async function sessionAggregates(
  db: Kysely<Database>,
  sessionIds: readonly string[],
  filters: SessionFilters = {},
): Promise<Map<string, SessionAggregate>> {
  if (sessionIds.length === 0) return new Map();
  let query = db
    .selectFrom('requestLogs')
    .select([
      sql<string>`session_id`.as('sessionId'),
      sql<string | null>`(array_agg(user_id order by id desc))[1]`.as('userId'),
      sql<string | null>`(array_agg(key_id order by id desc))[1]`.as('keyId'),
      sql<string | null>`(array_agg(provider_id order by id desc))[1]`.as('providerId'),
      sql<string>`count(*)::text`.as('requests'),
      sql<string>`coalesce(sum(input_tokens), 0)::text`.as('inputTokens'),
      sql<string>`coalesce(sum(output_tokens), 0)::text`.as('outputTokens'),
      sql<string>`coalesce(sum(cost_usd), 0)::text`.as('costUsd'),
      sql<Date>`min(created_at)`.as('firstSeenAt'),
      sql<Date>`max(created_at)`.as('lastSeenAt'),
    ])
    .where('sessionId', 'in', [...sessionIds])
    .groupBy('sessionId');
  for (const condition of matches(filters)) query = query.having(condition);
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      row.sessionId,
      {
        ...row,
        requests: Number(row.requests),
        inputTokens: Number(row.inputTokens),
        outputTokens: Number(row.outputTokens),
        costUsd: normalizeDecimal(row.costUsd),
        firstSeenAt: new Date(row.firstSeenAt),
        lastSeenAt: new Date(row.lastSeenAt),
      },
    ]),
  );
}

/** Sessions with a request logged since `since`, most recently active first. */
export async function recentSessionIds(
  db: Kysely<Database>,
  options: SessionFilters & { since: Date; limit: number },
): Promise<string[]> {
  let query = db
    .selectFrom('requestLogs')
    .select(sql<string>`session_id`.as('sessionId'))
    .where('sessionId', 'is not', null)
    .where('createdAt', '>=', options.since)
    .groupBy('sessionId')
    .orderBy(sql`max(id)`, 'desc')
    .limit(options.limit);
  for (const condition of matches(options)) query = query.having(condition);
  const rows = await query.execute();
  return rows.map((row) => row.sessionId);
}
