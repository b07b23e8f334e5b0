import type { Kysely, SelectQueryBuilder } from 'kysely';
import { normalizeDecimal } from '../decimal-string.js';
import type { Database, NewRequestLogRow } from '../schema.js';
import { toJson } from '../to-json.js';
import type { NewRequestLog, RequestLogRecord, RequestLogSummary } from './new-request-log.js';
import { clampPageSize, toPage, type Page } from './to-page.js';
import { aggregateUsageRollups, upsertUsageRollups } from './usage-rollup.js';

export interface RequestLogFilters {
  /** Inclusive lower bound on `createdAt`. */
  from?: Date;
  /** Exclusive upper bound on `createdAt`. */
  to?: Date;
  userId?: string;
  keyId?: string;
  providerId?: string;
  /** Matches the requested or the upstream model. */
  model?: string;
  /** A status family: 2 = 2xx, 4 = 4xx, 5 = 5xx. */
  statusClass?: 1 | 2 | 3 | 4 | 5;
  status?: number;
  sessionId?: string;
  /** Default 50, at most 500. */
  limit?: number;
  /** Only rows with an id below this one (the previous page's `nextCursor`). */
  cursor?: number | null;
}

// ~40 bind parameters per row: stay well under PostgreSQL's 65,535 per statement.
const INSERT_CHUNK_ROWS = 1000;

const SUMMARY_COLUMNS = [
  'id', 'createdAt', 'requestId', 'userId', 'keyId', 'providerId', 'sessionId', 'protocol', 'endpoint',
  'method', 'requestedModel', 'upstreamModel', 'billedModel', 'statusCode', 'errorClass', 'errorMessage',
  'durationMs', 'ttfbMs', 'isStream', 'inputTokens', 'outputTokens', 'cacheReadTokens', 'cacheWrite5mTokens',
  'cacheWrite1hTokens', 'reasoningTokens', 'costUsd', 'costBreakdown', 'costMultiplier', 'decisionChain',
  'candidateCounts', 'userAgent', 'clientIp',
] as const satisfies readonly (keyof RequestLogSummary)[];

function toRow(log: NewRequestLog): NewRequestLogRow {
  return {
    ...log,
    costBreakdown: toJson(log.costBreakdown),
    decisionChain: toJson(log.decisionChain),
    candidateCounts: toJson(log.candidateCounts),
  };
}

function normalize<T extends { costUsd: string }>(row: T): T {
  return { ...row, costUsd: normalizeDecimal(row.costUsd) };
}

/**
 * Writes a batch of log rows and adds them to the hourly rollups, atomically: one multi-row
 * insert (split only past 1,000 rows) and one upsert per rollup key, in one transaction.
 */
export async function insertRequestLogs(db: Kysely<Database>, logs: readonly NewRequestLog[]): Promise<void> {
  if (logs.length === 0) return;
  const rows = logs.map(toRow);
  const rollups = aggregateUsageRollups(logs);
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
      await trx.insertInto('requestLogs').values(rows.slice(start, start + INSERT_CHUNK_ROWS)).execute();
    }
    for (let start = 0; start < rollups.length; start += INSERT_CHUNK_ROWS) {
      await upsertUsageRollups(trx, rollups.slice(start, start + INSERT_CHUNK_ROWS));
    }
  });
}

function applyFilters<O>(
  query: SelectQueryBuilder<Database, 'requestLogs', O>,
  filters: RequestLogFilters,
): SelectQueryBuilder<Database, 'requestLogs', O> {
  let q = query;
  if (filters.from) q = q.where('createdAt', '>=', filters.from);
  if (filters.to) q = q.where('createdAt', '<', filters.to);
  if (filters.userId !== undefined) q = q.where('userId', '=', filters.userId);
  if (filters.keyId !== undefined) q = q.where('keyId', '=', filters.keyId);
  if (filters.providerId !== undefined) q = q.where('providerId', '=', filters.providerId);
  if (filters.sessionId !== undefined) q = q.where('sessionId', '=', filters.sessionId);
  if (filters.status !== undefined) q = q.where('statusCode', '=', filters.status);
  if (filters.statusClass !== undefined) {
    const floor = filters.statusClass * 100;
    q = q.where('statusCode', '>=', floor).where('statusCode', '<', floor + 100);
  }
  const model = filters.model;
  if (model !== undefined) {
    q = q.where((eb) => eb.or([eb('requestedModel', '=', model), eb('upstreamModel', '=', model)]));
  }
  if (filters.cursor != null) q = q.where('id', '<', filters.cursor);
  return q;
}

/** Newest first (by id), without the bodies; page with `nextCursor`. */
export async function listRequestLogs(db: Kysely<Database>, filters: RequestLogFilters = {}): Promise<Page<RequestLogSummary>> {
  const limit = clampPageSize(filters.limit);
  const base = db.selectFrom('requestLogs').select(SUMMARY_COLUMNS);
  const rows = await applyFilters(base, filters).orderBy('id', 'desc').limit(limit + 1).execute();
  return toPage(rows.map(normalize), limit);
}

export async function getRequestLog(db: Kysely<Database>, id: number): Promise<RequestLogRecord | undefined> {
  const row = await db.selectFrom('requestLogs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && normalize(row);
}
